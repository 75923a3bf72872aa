using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OcopCatalogue.Web.Cluster;

internal sealed class CacheInstructionConfiguration : IEntityTypeConfiguration<CacheInstruction>
{
    public void Configure(EntityTypeBuilder<CacheInstruction> builder)
    {
        builder.ToTable("CacheInstructions");
        builder.Property(i => i.Node).HasMaxLength(CacheInstruction.MaxNodeLength).IsRequired();
        builder.Property(i => i.Source).HasMaxLength(CacheInstruction.MaxSourceLength).IsRequired();
        builder.Property(i => i.Items).IsRequired();
        builder.Property(i => i.CreatedUtc).HasConversion(UtcTimes.Converter);
        builder.HasIndex(i => i.CreatedUtc);
    }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.ToTable("JobLeases");
        builder.HasKey(l => l.Job);
        builder.Property(l => l.Job).HasMaxLength(JobLease.MaxNameLength);
        builder.Property(l => l.Holder).HasMaxLength(CacheInstruction.MaxNodeLength).IsRequired();
        builder.Property(l => l.TakenUtc).HasConversion(UtcTimes.Converter);
        builder.Property(l => l.ExpiresUtc).HasConversion(UtcTimes.Converter);
    }
}

internal sealed class SharedValueConfiguration : IEntityTypeConfiguration<SharedValue>
{
    public void Configure(EntityTypeBuilder<SharedValue> builder)
    {
        builder.ToTable("SharedValues");
        builder.HasKey(v => v.Name);
        builder.Property(v => v.Name).HasMaxLength(SharedValue.MaxNameLength);
        builder.Property(v => v.Value).HasMaxLength(SharedValue.MaxValueLength).IsRequired();
        builder.Property(v => v.ExpiresUtc).HasConversion(UtcTimes.NullableConverter);
    }
}

internal sealed class RateLimitCounterConfiguration : IEntityTypeConfiguration<RateLimitCounter>
{
    public void Configure(EntityTypeBuilder<RateLimitCounter> builder)
    {
        builder.ToTable("RateLimitCounters");
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(RateLimitCounter.MaxKeyLength);
        builder.Property(c => c.ExpiresUtc).HasConversion(UtcTimes.Converter);
        builder.HasIndex(c => c.ExpiresUtc);
    }
}
