using System.Globalization;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Pages;
using OcopCatalogue.Core.SalesPoints;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Content.Files;
using OcopCatalogue.Web.Content.RichText;

namespace OcopCatalogue.Web.Content;

/// <summary>
/// Between entities and their uSync files. <c>ToFile</c> gives the canonical file of an entity; <c>Canonical</c>
/// brings a parsed file to the same form, so "does this file change anything?" is a comparison of bytes.
/// </summary>
internal static class USyncMapping
{
    public static ProducerFile ToFile(Producer p) => new()
    {
        Key = p.Id,
        Slug = p.Slug,
        Name = p.Name,
        Kind = p.Kind,
        Address = ToFile(p.Address),
        Latitude = p.Latitude,
        Longitude = p.Longitude,
        Phone = p.Phone,
        Website = p.Website,
        LogoPath = p.LogoPath,
        StoryIsSample = p.StoryIsSample,
        StoryHtml = p.StoryHtml,
        NameEn = p.NameEn,
        StoryHtmlEn = p.StoryHtmlEn,
        State = p.State,
    };

    public static void Apply(ProducerFile f, Producer p)
    {
        p.Id = f.Key;
        p.Slug = f.Slug;
        p.Name = f.Name;
        p.Kind = f.Kind;
        CopyAddress(f.Address, p.Address);
        p.Latitude = f.Latitude;
        p.Longitude = f.Longitude;
        p.Phone = f.Phone;
        p.Website = f.Website;
        p.LogoPath = f.LogoPath;
        p.StoryIsSample = f.StoryIsSample;
        p.StoryHtml = f.StoryHtml is null ? null : RichTextSanitizer.Sanitize(f.StoryHtml);
        p.NameEn = f.NameEn;
        p.StoryHtmlEn = f.StoryHtmlEn is null ? null : RichTextSanitizer.Sanitize(f.StoryHtmlEn);
        p.State = f.State;
    }

    public static SalesPointFile ToFile(SalesPoint s) => new()
    {
        Key = s.Id,
        Slug = s.Slug,
        Name = s.Name,
        Kind = s.Kind,
        Operator = s.Operator,
        Address = ToFile(s.Address),
        Latitude = s.Latitude,
        Longitude = s.Longitude,
        OpeningHours = s.OpeningHours,
        Schedule = ToFile(s.Schedule),
        Phone = s.Phone,
        Description = s.Description,
        Photos = [.. s.Photos.Select(p => new SalesPointPhotoFile { Path = p.Path, Alt = p.Alt, Media = p.MediaId })],
        Source = s.Source,
        LastVerified = s.LastVerified,
        NameEn = s.NameEn,
        DescriptionEn = s.DescriptionEn,
        State = s.State,
    };

    public static void Apply(SalesPointFile f, SalesPoint s)
    {
        s.Id = f.Key;
        s.Slug = f.Slug;
        s.Name = f.Name;
        s.Kind = f.Kind;
        s.Operator = f.Operator;
        CopyAddress(f.Address, s.Address);
        s.Latitude = f.Latitude;
        s.Longitude = f.Longitude;
        s.OpeningHours = f.OpeningHours;
        s.Schedule = ToSchedule(f.Schedule);
        s.Phone = f.Phone;
        s.Description = f.Description;
        s.Photos = [.. f.Photos.Select(p => new SalesPointPhoto { Path = p.Path, Alt = p.Alt, MediaId = p.Media })];
        s.Source = f.Source;
        s.LastVerified = f.LastVerified;
        s.NameEn = f.NameEn;
        s.DescriptionEn = f.DescriptionEn;
        s.State = f.State;
    }

    /// <summary>The form of a time in uSync files; <see cref="USyncRules"/> accepts nothing else, so files stay canonical.</summary>
    public const string TimeFormat = "HH:mm";

    private static ScheduleFile ToFile(OpeningSchedule schedule) => new()
    {
        Weekly = [.. schedule.Weekly.Select(w => new WeeklyHoursFile { Day = w.Day, Opens = Time(w.Opens), Closes = Time(w.Closes) })],
        Exceptions = [.. schedule.Exceptions.Select(e => new DatedHoursFile
        {
            From = e.From,
            To = e.To,
            Hours = [.. e.Hours.Select(h => new HoursFile { Opens = Time(h.Opens), Closes = Time(h.Closes) })],
            Note = e.Note,
        })],
    };

    // Only called on files that passed USyncRules, so every time parses.
    private static OpeningSchedule ToSchedule(ScheduleFile f) => new()
    {
        Weekly = [.. f.Weekly.Select(w => new WeeklyOpening(w.Day, Time(w.Opens), Time(w.Closes)))],
        Exceptions = [.. f.Exceptions.Select(e => new DatedHours
        {
            From = e.From,
            To = e.To,
            Hours = [.. e.Hours.Select(h => new OpeningInterval(Time(h.Opens), Time(h.Closes)))],
            Note = e.Note,
        })],
    };

    private static string Time(TimeOnly time) => time.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static TimeOnly Time(string text) => TimeOnly.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>The product's file; <see cref="Product.SalesPoints"/> must be loaded.</summary>
    public static ProductFile ToFile(Product p) => Canonical(new ProductFile
    {
        Key = p.Id,
        Slug = p.Slug,
        Name = p.Name,
        Gtin = p.Gtin,
        TraceCode = p.TraceCode,
        Producer = p.ProducerId,
        OriginLocality = p.OriginLocality,
        OriginProvince = p.OriginProvince,
        Group = p.Group,
        SubGroupCode = p.SubGroupCode,
        ShortDescription = p.ShortDescription,
        Ingredients = p.Ingredients,
        Packaging = p.Packaging,
        ShelfLife = p.ShelfLife,
        Source = p.Source,
        SalesPoints = [.. p.SalesPoints.Select(s => s.Id)],
        OnlineShops = [.. p.OnlineShops.Select(o => new OnlineShopFile { Label = o.Label, Url = o.Url })],
        Images = [.. p.Images.OrderBy(i => i.Order).Select(i => new ProductImageFile { Path = i.Path, Alt = i.Alt, Media = i.MediaId })],
        StoryIsSample = p.StoryIsSample,
        StoryHtml = p.StoryHtml,
        NameEn = p.NameEn,
        ShortDescriptionEn = p.ShortDescriptionEn,
        StoryHtmlEn = p.StoryHtmlEn,
        State = p.State,
    });

    /// <summary>Copies the file's fields; the caller replaces <see cref="Product.SalesPoints"/> with the loaded entities.</summary>
    public static void Apply(ProductFile f, Product p)
    {
        p.Id = f.Key;
        p.Slug = f.Slug;
        p.Name = f.Name;
        p.Gtin = f.Gtin;
        p.TraceCode = f.TraceCode;
        p.ProducerId = f.Producer;
        p.OriginLocality = f.OriginLocality;
        p.OriginProvince = f.OriginProvince;
        p.Group = f.Group;
        p.SubGroupCode = f.SubGroupCode;
        p.ShortDescription = f.ShortDescription;
        p.Ingredients = f.Ingredients;
        p.Packaging = f.Packaging;
        p.ShelfLife = f.ShelfLife;
        p.Source = f.Source;
        p.OnlineShops = [.. f.OnlineShops.Select(o => new OnlineShopLink { Label = o.Label, Url = o.Url })];
        p.Images = [.. f.Images.Select((i, index) => new ProductImage { Path = i.Path, Alt = i.Alt, MediaId = i.Media, Order = index + 1 })];
        p.StoryIsSample = f.StoryIsSample;
        p.StoryHtml = f.StoryHtml is null ? null : RichTextSanitizer.Sanitize(f.StoryHtml);
        p.NameEn = f.NameEn;
        p.ShortDescriptionEn = f.ShortDescriptionEn;
        p.StoryHtmlEn = f.StoryHtmlEn is null ? null : RichTextSanitizer.Sanitize(f.StoryHtmlEn);
        p.State = f.State;
    }

    /// <summary>Sales points in key order: the relation has no order of its own, so the file must not pretend to one.</summary>
    public static ProductFile Canonical(ProductFile f) =>
        f with { SalesPoints = [.. f.SalesPoints.Order()] };

    public static CertificateFile ToFile(Certificate c) => Canonical(new CertificateFile
    {
        Key = c.Id,
        Product = c.ProductId,
        Sequence = c.Sequence,
        Kind = c.Kind,
        Score = c.Score,
        PublishedStars = c.PublishedStars,
        Level = c.Level,
        DecisionNumber = c.DecisionNumber,
        DecisionDate = c.DecisionDate,
        DecisionScan = c.DecisionScan,
        IsProposed = c.IsProposed,
        IsRevoked = c.IsRevoked,
        RevokedOn = c.RevokedOn,
        PublishedAsExpired = c.PublishedAsExpired,
        Source = c.Source,
        Note = c.Note,
    });

    public static void Apply(CertificateFile f, Certificate c)
    {
        c.Id = f.Key;
        c.ProductId = f.Product;
        c.Sequence = f.Sequence;
        c.Kind = f.Kind;
        c.Score = f.Score is { } score ? CanonicalScore(score) : null;
        c.PublishedStars = f.PublishedStars;
        c.Level = f.Level;
        c.DecisionNumber = f.DecisionNumber;
        c.DecisionDate = f.DecisionDate;
        c.DecisionScan = f.DecisionScan;
        c.IsProposed = f.IsProposed;
        c.IsRevoked = f.IsRevoked;
        c.RevokedOn = f.RevokedOn;
        c.PublishedAsExpired = f.PublishedAsExpired;
        c.Source = f.Source;
        c.Note = f.Note;
    }

    public static CertificateFile Canonical(CertificateFile f) =>
        f with { Score = f.Score is { } score ? CanonicalScore(score) : null };

    /// <summary>
    /// A score with at least one decimal and no trailing zeros (65.30 is written 65.3, 59 is written 59.0): the
    /// number as published, in one spelling, whatever scale the database hands back.
    /// </summary>
    public static decimal CanonicalScore(decimal score) =>
        decimal.Parse(score.ToString("0.0#############", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static BatchFile ToFile(TraceBatch b) => new()
    {
        Key = b.Id,
        Product = b.ProductId,
        LotCode = b.LotCode,
        IsSample = b.IsSample,
        ProductionDate = b.ProductionDate,
        ExpiryDate = b.ExpiryDate,
        QuantityProduced = b.QuantityProduced,
        QuantityUnit = b.QuantityUnit,
        OriginPlace = b.OriginPlace,
        GrowingAreaCode = b.GrowingAreaCode,
        Certifications = [.. b.Certifications.Select(c => new BatchCertificationFile
        {
            Scheme = c.Scheme, Number = c.Number, Issuer = c.Issuer, ValidFrom = c.ValidFrom, ValidUntil = c.ValidUntil,
        })],
        LabTests = [.. b.LabTests.Select(t => new LabTestFile { What = t.What, Laboratory = t.Laboratory, TestedOn = t.TestedOn, Result = t.Result })],
        Events = [.. b.Events.Select(e => new TraceEventFile { Step = e.Step, On = e.On, Where = e.Where, ByWhom = e.ByWhom, Note = e.Note })],
        State = b.State,
    };

    public static void Apply(BatchFile f, TraceBatch b)
    {
        b.Id = f.Key;
        b.ProductId = f.Product;
        b.LotCode = f.LotCode;
        b.IsSample = f.IsSample;
        b.ProductionDate = f.ProductionDate;
        b.ExpiryDate = f.ExpiryDate;
        b.QuantityProduced = f.QuantityProduced;
        b.QuantityUnit = f.QuantityUnit;
        b.OriginPlace = f.OriginPlace;
        b.GrowingAreaCode = f.GrowingAreaCode;
        b.Certifications = [.. f.Certifications.Select(c => new BatchCertification
        {
            Scheme = c.Scheme, Number = c.Number, Issuer = c.Issuer, ValidFrom = c.ValidFrom, ValidUntil = c.ValidUntil,
        })];
        b.LabTests = [.. f.LabTests.Select(t => new LabTest { What = t.What, Laboratory = t.Laboratory, TestedOn = t.TestedOn, Result = t.Result })];
        b.Events = [.. f.Events.Select(e => new TraceEvent { Step = e.Step, On = e.On, Where = e.Where, ByWhom = e.ByWhom, Note = e.Note })];
        b.State = f.State;
    }

    public static PageFile ToFile(ContentPage p) => new()
    {
        Key = p.Id,
        Slug = p.Slug,
        Title = p.Title,
        Summary = p.Summary,
        MenuOrder = p.MenuOrder,
        BodyHtml = p.BodyHtml,
        State = p.State,
    };

    public static void Apply(PageFile f, ContentPage p)
    {
        p.Id = f.Key;
        p.Slug = f.Slug;
        p.Title = f.Title;
        p.Summary = f.Summary;
        p.MenuOrder = f.MenuOrder;
        p.BodyHtml = RichTextSanitizer.Sanitize(f.BodyHtml);
        p.State = f.State;
    }

    private static AddressFile ToFile(PostalAddress a) => new()
    {
        Street = a.Street,
        CommuneOrWard = a.CommuneOrWard,
        District = a.District,
        Province = a.Province,
    };

    // Into the tracked instance: EF maps the address into its owner's row, and swapping the instance of an
    // owned entity can lose the values.
    private static void CopyAddress(AddressFile from, PostalAddress to)
    {
        to.Street = from.Street;
        to.CommuneOrWard = from.CommuneOrWard;
        to.District = from.District;
        to.Province = from.Province;
    }
}
