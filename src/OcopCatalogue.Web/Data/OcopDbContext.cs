using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Pages;
using OcopCatalogue.Core.SalesPoints;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Cluster;
using OcopCatalogue.Web.Editorial;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Web.Data;

/// <summary>The content store: the only source of truth for the site's content, and the back office's accounts
/// (one database, so a backup or a transaction covers both).</summary>
public sealed class OcopDbContext(DbContextOptions<OcopDbContext> options) : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    public DbSet<Producer> Producers => Set<Producer>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<SalesPoint> SalesPoints => Set<SalesPoint>();
    public DbSet<TraceBatch> TraceBatches => Set<TraceBatch>();
    public DbSet<ContentPage> Pages => Set<ContentPage>();
    public DbSet<LocalityMapping> LocalityMappings => Set<LocalityMapping>();
    public DbSet<ImportedFile> ImportedFiles => Set<ImportedFile>();
    public DbSet<ContentVersion> ContentVersions => Set<ContentVersion>();
    public DbSet<RecycleBinEntry> RecycleBin => Set<RecycleBinEntry>();
    public DbSet<Media.MediaItem> MediaItems => Set<Media.MediaItem>();

    // What the servers of a cluster share (a single server uses the same tables).
    public DbSet<CacheInstruction> CacheInstructions => Set<CacheInstruction>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<SharedValue> SharedValues => Set<SharedValue>();
    public DbSet<RateLimitCounter> RateLimitCounters => Set<RateLimitCounter>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OcopDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            PostgreSqlModel.CompareTextAsSqliteDoes(builder);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as their names: readable in the database and stable if members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        if (Database.IsNpgsql())
        {
            PostgreSqlModel.StoreTimesInUtc(configurationBuilder);
        }
    }
}
