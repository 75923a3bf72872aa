using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopCatalogue.Core.SalesPoints;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.SalesPoints;

internal sealed class SalesPointConfiguration : IEntityTypeConfiguration<SalesPoint>
{
    public void Configure(EntityTypeBuilder<SalesPoint> builder)
    {
        builder.MapSluggedRecord("SalesPoints");
        builder.Property(s => s.Name).HasMaxLength(SalesPointRules.MaxNameLength).IsRequired();
        builder.Property(s => s.Operator).HasMaxLength(SalesPointRules.MaxOperatorLength);
        builder.MapPlace();
        builder.Property(s => s.OpeningHours).HasMaxLength(SalesPointRules.MaxOpeningHoursLength);
        builder.Property(s => s.Phone).HasMaxLength(SalesPointRules.MaxPhoneLength);
        builder.Property(s => s.Description).HasMaxLength(SalesPointRules.MaxDescriptionLength);
        builder.Property(s => s.NameEn).HasMaxLength(SalesPointRules.MaxNameLength);
        builder.Property(s => s.DescriptionEn).HasMaxLength(SalesPointRules.MaxDescriptionLength);
        builder.Property(s => s.Source).HasMaxLength(SalesPointRules.MaxSourceLength);
        builder.Property(s => s.Schedule).HasConversion(OpeningScheduleJson.Converter, OpeningScheduleJson.Comparer).IsRequired(false);
        builder.OwnsMany(s => s.Photos, p => p.ToJson("Photos"));
    }
}
