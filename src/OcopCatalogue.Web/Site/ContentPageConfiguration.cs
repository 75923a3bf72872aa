using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopCatalogue.Core.Pages;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Site;

internal sealed class ContentPageConfiguration : IEntityTypeConfiguration<ContentPage>
{
    public void Configure(EntityTypeBuilder<ContentPage> builder)
    {
        builder.MapSluggedRecord("Pages");
        builder.Property(p => p.Title).HasMaxLength(ContentPageRules.MaxTitleLength).IsRequired();
        builder.Property(p => p.Summary).HasMaxLength(ContentPageRules.MaxSummaryLength);
    }
}
