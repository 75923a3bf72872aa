using OcopCatalogue.Core.Certification;
using OcopCatalogue.Tests.Support;
using OcopCatalogue.Web.BackOffice.Import;

namespace OcopCatalogue.Tests.BackOffice.Import;

/// <summary>What the import would do with a list, against the repository's own content (planning writes nothing).</summary>
public sealed class ImportPlanTests
{
    private const string Header = "STT;Tên sản phẩm;Chủ thể;Địa chỉ;Nhóm;Điểm;Hạng sao;Số quyết định;Ngày quyết định";
    private static readonly ImportSettings Settings = new("Danh sách thử nghiệm", "An Giang", null, "thu.csv");

    private OcopWebFactory _factory = null!;

    [OneTimeSetUp]
    public void StartSite() => _factory = new OcopWebFactory(clock: FakeClock.OnVietnamDay(new DateOnly(2026, 11, 22)));

    [OneTimeTearDown]
    public void StopSite() => _factory.Dispose();

    private Task<ImportPlan> PlanAsync(byte[] bytes) =>
        _factory.WithServiceAsync<ProvinceListImport, ImportPlan>(import => import.PlanAsync(ProvinceListReader.Read(bytes), Settings, CancellationToken.None));

    [Test]
    public async Task Sample_list_against_the_catalogue_it_came_from_changes_nothing()
    {
        var plan = await PlanAsync(SampleLists.LongXuyen());

        Assert.Multiple(() =>
        {
            Assert.That(plan.Rows, Has.Count.EqualTo(SampleLists.LongXuyenRows));
            Assert.That(plan.Rows.Select(r => r.Outcome), Is.All.EqualTo(ImportRowOutcome.Unchanged));
            Assert.That(plan.Rows.Select(r => r.ProductId), Is.All.Not.Null, "every product is matched by folded name and producer");
            Assert.That(plan.WritesAnything, Is.False);
        });
    }

    [Test]
    public async Task Names_are_matched_without_case_or_diacritics()
    {
        var plan = await PlanAsync(SampleLists.Of(Header, "1;TRA XA DEN;cong ty tnhh mtv tmdv thao an khang;;1.5;63,4;3 sao;;"));

        Assert.Multiple(() =>
        {
            Assert.That(plan.Rows.Single().Outcome, Is.EqualTo(ImportRowOutcome.Unchanged));
            Assert.That(plan.Rows.Single().CreatesProducer, Is.False);
        });
    }

    [Test]
    public async Task Published_decision_number_and_date_complete_the_matching_record_instead_of_adding_one()
    {
        var plan = await PlanAsync(SampleLists.Of(Header, "1;Bắp non đóng hộp;Công ty Cổ phần thực phẩm rau quả An Giang;;1.3;85,2;4 sao;TEST-5/QĐ-UBND;15/06/2023"));

        var row = plan.Rows.Single();
        Assert.Multiple(() =>
        {
            Assert.That(row.Outcome, Is.EqualTo(ImportRowOutcome.CompletesCertificate));
            Assert.That(row.Evaluation!.DecisionNumber, Is.EqualTo("TEST-5/QĐ-UBND"));
            Assert.That(row.Evaluation.DecisionDate, Is.EqualTo(new DateOnly(2023, 6, 15)));
        });
    }

    [Test]
    public async Task Other_score_with_the_same_stars_is_a_renewal_of_a_rating_whose_dates_were_never_published()
    {
        var plan = await PlanAsync(SampleLists.Of(Header, "1;Trà Xạ đen;Công ty TNHH MTV TMDV Thảo An Khang;;1.5;66;3 sao;TEST-6/QĐ-UBND;01/10/2026"));

        var row = plan.Rows.Single();
        Assert.Multiple(() =>
        {
            Assert.That(row.Outcome, Is.EqualTo(ImportRowOutcome.NewCertificate));
            Assert.That(row.Evaluation!.Kind, Is.EqualTo(EvaluationKind.Renewal));
        });
    }

    [Test]
    public async Task Every_row_problem_is_reported_on_its_row_in_the_order_of_the_file()
    {
        var plan = await PlanAsync(SampleLists.Of(
            Header,
            "1;Sa tế thử;Hộ kinh doanh Thử Nghiệm;;1.4;85,2;3 sao;;",
            "2;;Hộ kinh doanh Thử Nghiệm;;1.4;60;3 sao;;",
            "3;Mắm thử;Hộ kinh doanh Thử Nghiệm;;1.3;60;3 sao;TEST-7;31/02/2026",
            "4;Mắm thử;Hộ kinh doanh Thử Nghiệm;;1.3;60;3 sao;;",
            "5;Bánh thử;Hộ kinh doanh Thử Nghiệm;;;60;3 sao;;",
            "6;Bánh phồng thử;Nông trại Thử Nghiệm;;1.3;60;3 sao;;",
            "7;Kẹo thử;Hộ kinh doanh Thử Nghiệm;;1.3;45;;;",
            "8;Mứt thử;Hộ kinh doanh Thử Nghiệm;;1.3;61;3 sao;;01/01/2026"));

        var rows = plan.Rows.ToDictionary(r => r.Row.Line);
        Assert.Multiple(() =>
        {
            Assert.That(rows[2].RuleProblems, Is.EqualTo(new[] { EvaluationProblem.StarsDisagreeWithScore }));
            Assert.That(rows[3].Problems, Is.EqualTo(new[] { ImportRowProblem.ProductMissing }));
            Assert.That(rows[4].Problems, Is.EqualTo(new[] { ImportRowProblem.DateUnreadable }));
            Assert.That(rows[5].Problems, Is.EqualTo(new[] { ImportRowProblem.DuplicateRow }));
            Assert.That(rows[6].Problems, Is.EqualTo(new[] { ImportRowProblem.GroupNeededForNewProduct }));
            Assert.That(rows[7].Problems, Is.EqualTo(new[] { ImportRowProblem.ProducerKindUnknown }));
            Assert.That(rows[8].RuleProblems, Is.EqualTo(new[] { EvaluationProblem.ScoreNotCertifiable }));
            Assert.That(rows[9].RuleProblems, Is.EqualTo(new[] { EvaluationProblem.DecisionNumberMissing }));
            Assert.That(plan.Rows.Select(r => r.Outcome), Is.All.EqualTo(ImportRowOutcome.Skipped));
        });
    }

    [Test]
    public async Task Unknown_producer_and_product_will_be_created_as_drafts_with_a_first_rating()
    {
        var plan = await PlanAsync(SampleLists.Of(Header, "1;Mắm thử mới;Hợp tác xã Thử Nghiệm;Ấp 1, Xã Mỹ Khánh, Thành phố Long Xuyên, An Giang;1.3;71,5;4 sao;;"));

        var row = plan.Rows.Single();
        Assert.Multiple(() =>
        {
            Assert.That(row.Outcome, Is.EqualTo(ImportRowOutcome.NewCertificate));
            Assert.That(row.CreatesProducer, Is.True);
            Assert.That(row.CreatesProduct, Is.True);
            Assert.That(row.NewProducerKind, Is.EqualTo(OcopCatalogue.Core.Catalogue.ProducerKind.Cooperative));
            Assert.That(row.Evaluation!.Kind, Is.EqualTo(EvaluationKind.NewRating));
            Assert.That(row.Evaluation.Stars, Is.EqualTo(StarRating.Four));
        });
    }
}
