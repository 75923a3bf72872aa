using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OcopCatalogue.Web.USync;

internal sealed class ImportedFileConfiguration : IEntityTypeConfiguration<ImportedFile>
{
    public void Configure(EntityTypeBuilder<ImportedFile> builder)
    {
        builder.ToTable("ImportedFiles");
        builder.HasKey(f => f.Path);
        builder.Property(f => f.Path).HasMaxLength(400);
        builder.Property(f => f.Sha256).HasMaxLength(64).IsRequired();
    }
}
