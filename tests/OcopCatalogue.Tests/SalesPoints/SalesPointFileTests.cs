using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.SalesPoints;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Tests.SalesPoints;

/// <summary>The schedule, photos and last-verified date of a sales point, through its uSync file.</summary>
public sealed class SalesPointFileTests
{
    private const string ShowroomFile = "sales-points/diem-gioi-thieu-san-pham-ocop-my-long.json";

    // Test hours, not the showroom's: the real file leaves them empty because no source publishes them.
    private static void GiveHours(JsonObject json)
    {
        json["schedule"] = JsonNode.Parse("""
            {
              "weekly": [
                { "day": "Monday", "opens": "07:30", "closes": "11:30" },
                { "day": "Monday", "opens": "13:30", "closes": "17:00" },
                { "day": "Saturday", "opens": "18:00", "closes": "02:00" }
              ],
              "exceptions": [
                { "from": "2026-02-15", "to": "2026-02-20", "hours": [], "note": "Nghỉ Tết" }
              ]
            }
            """);
        json["photos"] = JsonNode.Parse("""[{ "path": "/media/thu.jpg", "alt": "Quầy trưng bày" }]""");
        json["lastVerified"] = "2025-03-01";
    }

    [Test]
    public async Task Schedule_photos_and_verified_date_import_and_export_byte_for_byte()
    {
        using var usync = USyncCopy.OfRepository();
        usync.Edit(ShowroomFile, GiveHours);
        usync.Write(ShowroomFile, System.Text.Encoding.UTF8.GetString(USyncJson.Serialize(USyncJson.Deserialize<Web.SalesPoints.SalesPointFile>(
            System.Text.Encoding.UTF8.GetBytes(usync.Read(ShowroomFile))))));
        var written = usync.Read(ShowroomFile);
        using var factory = new OcopWebFactory(usync.Path);

        var point = await ShowroomAsync(factory);
        var reimport = await factory.ImportAsync();
        var target = Directory.CreateTempSubdirectory("ocop-export-").FullName;
        try
        {
            await factory.ExportAsync(target);

            Assert.Multiple(() =>
            {
                Assert.That(point.Schedule.Weekly, Has.Count.EqualTo(3));
                Assert.That(point.Schedule.Weekly[2], Is.EqualTo(new WeeklyOpening(DayOfWeek.Saturday, new TimeOnly(18, 0), new TimeOnly(2, 0))));
                Assert.That(point.Schedule.Exceptions.Single().IsClosed, Is.True);
                Assert.That(point.Schedule.Exceptions.Single().Note, Is.EqualTo("Nghỉ Tết"));
                Assert.That(point.Photos.Single().Alt, Is.EqualTo("Quầy trưng bày"));
                Assert.That(point.LastVerified, Is.EqualTo(new DateOnly(2025, 3, 1)));
                Assert.That(reimport.ChangedAnything, Is.False, "importing the same file again is idempotent");
                Assert.That(File.ReadAllText(Path.Combine(target, ShowroomFile)), Is.EqualTo(written));
            });
        }
        finally
        {
            Directory.Delete(target, recursive: true);
        }
    }

    [Test]
    public async Task A_time_not_written_as_HH_mm_is_reported_and_the_sales_point_skipped()
    {
        using var usync = USyncCopy.OfRepository();
        usync.Edit(ShowroomFile, json =>
        {
            GiveHours(json);
            json["schedule"]!["weekly"]![0]!["opens"] = "7h30";
        });
        using var factory = new OcopWebFactory(usync.Path);

        var report = await factory.ImportAsync();
        var count = await factory.WithDbAsync(db => db.SalesPoints.CountAsync());

        Assert.Multiple(() =>
        {
            Assert.That(report.Problems.Select(p => p.Path), Does.Contain(ShowroomFile));
            Assert.That(report.Problems.Single(p => p.Path == ShowroomFile).Message, Does.Contain("7h30").And.Contain("HH:mm"));
            Assert.That(count, Is.Zero);
        });
    }

    [Test]
    public async Task The_real_showroom_has_no_invented_hours_and_is_not_verified()
    {
        using var factory = new OcopWebFactory(RepositoryPaths.USync);

        var point = await ShowroomAsync(factory);

        Assert.Multiple(() =>
        {
            Assert.That(point.Schedule.IsEmpty, Is.True);
            Assert.That(point.OpeningHours, Is.Null);
            Assert.That(point.LastVerified, Is.Null);
            Assert.That(point.Photos, Is.Empty);
        });
    }

    private static Task<SalesPoint> ShowroomAsync(OcopWebFactory factory) => factory.WithDbAsync(db => db.SalesPoints.AsNoTracking().SingleAsync());
}
