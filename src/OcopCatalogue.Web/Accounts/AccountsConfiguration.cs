using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OcopCatalogue.Web.Accounts;

internal sealed class StaffProducerLimitConfiguration : IEntityTypeConfiguration<StaffProducerLimit>
{
    public void Configure(EntityTypeBuilder<StaffProducerLimit> builder)
    {
        builder.ToTable("StaffProducerLimits");
        builder.HasKey(l => new { l.UserId, l.ProducerId });
        builder.HasOne<StaffUser>().WithMany(u => u.ProducerLimits).HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Core.Catalogue.Producer>().WithMany().HasForeignKey(l => l.ProducerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StaffSessionConfiguration : IEntityTypeConfiguration<StaffSession>
{
    public void Configure(EntityTypeBuilder<StaffSession> builder)
    {
        builder.ToTable("StaffSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(64);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.HasIndex(s => s.UserId);
    }
}

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder) => builder.Property(u => u.DisplayName).HasMaxLength(100);
}
