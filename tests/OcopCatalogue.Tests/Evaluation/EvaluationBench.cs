using System.Diagnostics;
using System.Globalization;
using System.Net;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Evaluation;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.Accounts;
using OcopCatalogue.Web.Evaluation;
using OcopCatalogue.Web.USync;

namespace OcopCatalogue.Tests.Evaluation;

/// <summary>
/// bench/evaluation.sh: a round of 300 products, 7 council members and a TEST sheet of 40 criteria (made-up, not Annex
/// III), every member's sheet in and scoring closed; times the secretary's progress page and the round's minutes PDF,
/// warm, through the real host on SQLite. Explicit: it seeds for a while and prints figures rather than asserting speed.
/// </summary>
[Explicit("Benchmark: run by bench/evaluation.sh")]
public sealed class EvaluationBench
{
    private const int Products = 300;
    private const int Members = 7;
    private const int Runs = 5;

    public static CriteriaSheet FortyCriteria { get; } = new()
    {
        Key = Guid.Parse("6f1a4b5e-0000-4000-8000-0000000000b4"),
        Code = "thu-nghiem-40-tieu-chi",
        Group = OcopGroup.Food,
        SubGroupCode = "1.3",
        NameVi = "Phiếu KIỂM THỬ 40 tiêu chí (không phải Phụ lục III)",
        Source = "Dữ liệu đo hiệu năng, tiêu chí bịa",
        IsComplete = true,
        Parts =
        [
            Part("A", 40m, ("A1", 5), ("A2", 5), ("A3", 6)),
            Part("B", 25m, ("B1", 5), ("B2", 5)),
            Part("C", 35m, ("C1", 5), ("C2", 5), ("C3", 4)),
        ],
    };

    private static CriteriaPart Part(string code, decimal points, params (string Code, int Criteria)[] sections) => new()
    {
        Code = code,
        NameVi = "Phần " + code,
        MaxPoints = points,
        Sections = [.. sections.Select(s => new CriteriaSection
        {
            Code = s.Code,
            NameVi = "Nhóm " + s.Code,
            MaxPoints = s.Criteria * 2.5m,
            Criteria = [.. Enumerable.Range(1, s.Criteria).Select(i => new Criterion { Code = $"{s.Code}.{i}", NameVi = $"Tiêu chí thử {s.Code}.{i}", MaxPoints = 2.5m, Mandatory = false })],
        })],
    };

    [Test]
    public async Task Progress_page_and_minutes_pdf_for_300_products_7_members_40_criteria()
    {
        using var site = new EvaluationSite();
        await site.StartAsync();
        var refused = await site.Factory.WithServiceAsync<CriteriaSheets, IReadOnlyList<OcopCatalogue.Core.Fields.FieldProblem>>(
            sheets => sheets.LoadAsync(USyncJson.Serialize(FortyCriteria), StaffPrincipal.For(StaffRoles.Editor), CancellationToken.None));
        // Figures for a sheet that did not load would time error pages, not the round.
        Assert.That(refused, Is.Empty, "the 40-criterion TEST sheet loads");
        await using var secretary = await site.SeatedAsync(EvaluationRole.Secretary);
        var members = new List<string>();
        for (var m = 0; m < Members; m++)
        {
            members.Add((await BackOfficeSession.CreateUserAsync(site.Factory, EvaluationAccountRoles.CouncilParticipant)).Id);
        }

        var seed = Stopwatch.StartNew();
        var random = new Random(18);
        var criteria = FortyCriteria.AllCriteria().ToList();
        await site.Factory.WithDbAsync(async db =>
        {
            db.AddRange(members.Select(id => new CouncilSeat { RoundId = site.RoundId, UserId = id, Role = EvaluationRole.CouncilMember }));
            for (var i = 0; i < Products; i++)
            {
                var producer = ContentSeed.Producer($"Chủ thể đo {i:000}", commune: "xã Đo");
                var product = ContentSeed.Product($"Sản phẩm đo {i:000}", producer, OcopGroup.Food);
                var registration = new EvaluationRegistration
                {
                    Id = Guid.NewGuid(), RoundId = site.RoundId, ProductId = product.Id, ProducerId = producer.Id, Kind = RegistrationKind.New,
                    SheetCode = FortyCriteria.Code, Commune = "xã đo", Step = EvaluationStep.Scored, DossierVersion = 1, ScoringRound = 1,
                    RegisteredAt = DateTimeOffset.UnixEpoch, StepChangedAt = DateTimeOffset.UnixEpoch,
                };
                db.AddRange(producer, product, registration);
                foreach (var member in members)
                {
                    var points = criteria.ToDictionary(c => c.Code, _ => random.Next(0, 6) / 2m, StringComparer.Ordinal);
                    db.Add(new CouncilScoreRecord
                    {
                        Id = Guid.NewGuid(), RegistrationId = registration.Id, MemberId = member, Attempt = 1, ScoringRound = 1,
                        SubmittedAt = DateTimeOffset.UnixEpoch, Points = RegistrationDesk.WritePoints(points), Total = points.Values.Sum(),
                    });
                }
            }

            await db.SaveChangesAsync();
        });
        TestContext.Out.WriteLine($"seeded {Products} products x {Members} members x {criteria.Count} criteria in {seed.Elapsed.TotalSeconds:0.0} s");

        foreach (var (name, path) in new[] { ("progress page", site.RoundUrl + "/tien-do"), ("minutes PDF", site.RoundUrl + "/bien-ban.pdf"), ("result XLSX", site.RoundUrl + "/ket-qua.xlsx") })
        {
            long size = 0;
            var times = new List<double>();
            for (var run = 0; run <= Runs; run++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await secretary.Client.GetAsync(new Uri(path, UriKind.Relative));
                var body = await response.Content.ReadAsByteArrayAsync();
                watch.Stop();
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
                size = body.Length;
                if (run > 0)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"BENCH {name,-14} fastest {times[0],7:0} ms   median {times[times.Count / 2],7:0} ms   {size,9} bytes"));
        }
    }
}
