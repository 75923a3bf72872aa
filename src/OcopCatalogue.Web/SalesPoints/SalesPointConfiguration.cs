using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopCatalogue.Core.SalesPoints;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.SalesPoints;

internal sealed class SalesPointConfiguration : IEntityTypeConfiguration<SalesPoint>
{
    public void Configure(EntityTypeBuilder<SalesPoint> builder)
    {
        builder.ToTable("SalesPoints");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Slug).HasMaxLength(80).IsRequired();
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Operator).HasMaxLength(200);
        builder.OwnsOne(s => s.Address, a => a.MapAddress());
        builder.Navigation(s => s.Address).IsRequired();
        builder.Property(s => s.OpeningHours).HasMaxLength(500);
        builder.Property(s => s.Phone).HasMaxLength(40);
        builder.Property(s => s.Description).HasMaxLength(2000);
        builder.Property(s => s.NameEn).HasMaxLength(200);
        builder.Property(s => s.DescriptionEn).HasMaxLength(2000);
        builder.Property(s => s.Source).HasMaxLength(500);
        builder.Ignore(s => s.Location);
        builder.Property(s => s.Schedule).HasConversion(OpeningScheduleJson.Converter, OpeningScheduleJson.Comparer).IsRequired(false);
        builder.OwnsMany(s => s.Photos, p => p.ToJson("Photos"));
    }
}
