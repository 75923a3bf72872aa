using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.SalesPoints;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.SalesPoints;
using OcopCatalogue.Web.Site;
using OcopCatalogue.Web.Traceability;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Tests.Content;

/// <summary>
/// The import words each type's findings (from its rules in Core) at the file's property, in English; these are the
/// messages editors of uSync files have always been given. A file's checks need no database.
/// </summary>
public sealed class SyncHandlerWordingTests
{
    private static readonly string States = string.Join(", ", Enum.GetNames<PublicationState>());

    [Test]
    public void A_faulty_producer_file_is_described_property_by_property()
    {
        var file = new ProducerFile
        {
            Slug = "Thảo An",
            Name = new string('n', 201),
            Address = new AddressFile { Province = "" },
            Latitude = 95,
            Phone = new string('0', 41),
            Website = "ftp://x",
            LogoPath = new string('l', 301),
            NameEn = new string('e', 201),
            State = (PublicationState)99,
        };

        Assert.That(new ProducerSyncHandler(null!, TimeProvider.System).Check(file), Is.EqualTo(new[]
        {
            ("key", "key is missing: every file needs a stable GUID key."),
            ("slug", "slug 'Thảo An' is not well-formed: use a–z, 0–9 and single hyphens, for example 'thao-an'."),
            ("name", "name is 201 characters long; at most 200 fit."),
            ("kind", "kind is missing; one of Company, Cooperative, CooperativeGroup, HouseholdBusiness."),
            ("address.province", "address.province is missing."),
            ("longitude", "latitude and longitude go together: give both or neither."),
            ("latitude", $"latitude {95.0} is outside -90–90."),
            ("phone", "phone is 41 characters long; at most 40 fit."),
            ("website", "website 'ftp://x' is not an http or https address."),
            ("logoPath", "logoPath is 301 characters long; at most 300 fit."),
            ("nameEn", "nameEn is 201 characters long; at most 200 fit."),
            ("state", $"state is missing; one of {States}."),
        }));
    }

    [Test]
    public void A_faulty_product_file_is_described_property_by_property()
    {
        var point = Guid.NewGuid();
        var file = new ProductFile
        {
            Key = Guid.NewGuid(),
            Slug = "---",
            Name = "",
            Group = OcopGroup.Food,
            SubGroupCode = "2.1",
            Gtin = "123",
            TraceCode = "ABC",
            SalesPoints = [Guid.Empty, point, point],
            OnlineShops = [new OnlineShopFile { Label = "", Url = "shopee" }],
            Images = [new ProductImageFile(), new ProductImageFile { Media = Guid.Empty }],
        };

        var messages = new ProductSyncHandler(null!, TimeProvider.System).Check(file).ToList();

        Assert.That(messages, Is.EqualTo(new[]
        {
            ("slug", "slug '---' is not well-formed: use a–z, 0–9 and single hyphens."),
            ("name", "name is missing."),
            ("subGroupCode", "subGroupCode '2.1' belongs to group Drinks, not Food."),
            ("originProvince", "originProvince is missing: a product without a producer needs its place of origin."),
            ("gtin", messages[4].Item2),
            ("traceCode", "traceCode 'ABC' is not 10 characters of 23456789abcdefghjkmnpqrstuvwxyz."),
            ("salesPoints", "salesPoints holds an empty key."),
            ("salesPoints", "salesPoints lists the same key twice."),
            ("onlineShops", "an online shop has no label."),
            ("onlineShops", "online shop url 'shopee' is not an http or https address."),
            ("images", "an image has neither a path nor a media key."),
            ("images", "image '' has no alt text; every photo needs one for screen readers."),
            ("images", "an image's media key is the empty GUID."),
        }));
        Assert.That(messages[4].Item2, Does.StartWith("gtin is not valid: "));
    }

    [Test]
    public void A_faulty_sales_point_file_is_described_property_by_property()
    {
        var file = new SalesPointFile
        {
            Key = Guid.NewGuid(),
            Slug = "cho-noi",
            Name = "Chợ nổi",
            Kind = SalesPointKind.MarketStall,
            Address = new AddressFile { Province = "Cần Thơ" },
            Longitude = 190,
            Schedule = new ScheduleFile
            {
                Weekly = [new WeeklyHoursFile { Day = (DayOfWeek)9, Opens = "7:30", Closes = "17:00" }],
                Exceptions = [new DatedHoursFile { From = new(2026, 2, 20), To = new(2026, 2, 16), Note = new string('n', 201) }],
            },
            Photos = [new SalesPointPhotoFile { Path = "/media/a.jpg" }],
        };

        Assert.That(new SalesPointSyncHandler(null!, TimeProvider.System).Check(file), Is.EqualTo(new[]
        {
            ("latitude", "latitude and longitude go together: give both or neither."),
            ("longitude", $"longitude {190.0} is outside -180–180."),
            ("schedule.weekly", $"day 9 is not a weekday; one of {string.Join(", ", Enum.GetNames<DayOfWeek>())}."),
            ("schedule.weekly", "time '7:30' is not written as HH:mm (for example 07:30 or 18:00)."),
            ("schedule.exceptions", "exception from 2026-02-20 ends before it starts (2026-02-16)."),
            ("schedule.exceptions", "schedule.exceptions is 201 characters long; at most 200 fit."),
            ("photos", "photo '/media/a.jpg' has no alt text; every photo needs one for screen readers."),
        }));
    }

    [Test]
    public void A_faulty_batch_file_is_described_property_by_property()
    {
        var file = new BatchFile
        {
            Key = Guid.NewGuid(),
            LotCode = "LÔ 01",
            ProductionDate = new(2024, 7, 2),
            ExpiryDate = new(2024, 7, 1),
            QuantityProduced = 0,
            Certifications = [new BatchCertificationFile { Scheme = "", ValidFrom = new(2024, 1, 2), ValidUntil = new(2024, 1, 1) }],
            LabTests = [new LabTestFile()],
            Events = [new TraceEventFile { Step = TraceStep.Packing, On = new(2024, 7, 2) }, new TraceEventFile { On = new(2024, 7, 1) }],
        };

        Assert.That(new BatchSyncHandler(null!, TimeProvider.System).Check(file), Is.EqualTo(new[]
        {
            ("product", "product is missing: give the key of the batch's product."),
            ("lotCode", "the lotCode holds 'Ô', which is not in GS1's character set 82."),
            ("expiryDate", "expiryDate 2024-07-01 is before productionDate 2024-07-02."),
            ("quantityProduced", "quantityProduced 0 is not a positive number."),
            ("certifications.scheme", "certifications.scheme is missing."),
            ("certifications.validUntil", "certification '' ends before it starts."),
            ("labTests.what", "labTests.what is missing."),
            ("events[1].step", $"events[1].step is missing; one of {string.Join(", ", Enum.GetNames<TraceStep>())}."),
            ("events[1].on", "events are not in the order they happened; list them oldest first."),
        }));
    }

    [Test]
    public void A_faulty_certificate_file_is_described_property_by_property()
    {
        var file = new CertificateFile
        {
            Key = Guid.NewGuid(),
            Sequence = 0,
            Kind = EvaluationKind.Revocation,
            Score = 101m,
            PublishedStars = (StarRating)7,
            RevokedOn = new(2024, 1, 1),
            DecisionScan = "scan.pdf",
            Source = new string('s', 501),
        };

        Assert.That(new CertificateSyncHandler(null!, TimeProvider.System).Check(file), Is.EqualTo(new[]
        {
            ("product", "product is missing: give the key of the certified product."),
            ("sequence", "sequence 0 is not valid: the first certificate of a product is 1."),
            ("score", $"score {101m} is outside {0m}–{100m} points."),
            ("publishedStars", "publishedStars 7 is not a star rating."),
            ("revokedOn", "revokedOn is set but isRevoked is false."),
            ("kind", "a Revocation withdraws a rating: isRevoked is true and score and publishedStars are null."),
            ("decisionScan", "decisionScan 'scan.pdf' is not a file name the site made (32 hex digits and .pdf, .jpg or .png)."),
            ("source", "source is 501 characters long; at most 500 fit."),
        }));
    }

    [Test]
    public void A_page_file_without_a_body_is_described_at_its_property() =>
        Assert.That(new PageSyncHandler(null!, TimeProvider.System).Check(new PageFile { Key = Guid.NewGuid(), Slug = "lien-he", Title = "Liên hệ", BodyHtml = "" }),
            Is.EqualTo(new[] { ("bodyHtml", "bodyHtml is missing.") }));
}
