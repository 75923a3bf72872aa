using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopCatalogue.Core.Editorial;
using OcopCatalogue.Core.Text;

namespace OcopCatalogue.Web.Data;

internal static class SluggedRecordMapping
{
    /// <summary>The table of a type whose items have public pages at their slugs: keys come from the content (its
    /// files' keys), never from the database, and a slug is required and names one item.</summary>
    public static void MapSluggedRecord<TRecord>(this EntityTypeBuilder<TRecord> builder, string table)
        where TRecord : class, ISluggedRecord
    {
        builder.ToTable(table);
        builder.Property(nameof(ISluggedRecord.Id)).ValueGeneratedNever();
        builder.Property(nameof(ISluggedRecord.Slug)).HasMaxLength(Slug.MaxLength).IsRequired();
        builder.HasIndex(nameof(ISluggedRecord.Slug)).IsUnique();
    }
}
