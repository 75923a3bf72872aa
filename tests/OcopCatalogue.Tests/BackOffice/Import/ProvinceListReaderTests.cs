using System.Text;
using OcopCatalogue.Web.BackOffice.Import;

namespace OcopCatalogue.Tests.BackOffice.Import;

public sealed class ProvinceListReaderTests
{
    [Test]
    public void Sample_annex_reads_every_row_with_its_spreadsheet_line()
    {
        var list = ProvinceListReader.Read(SampleLists.LongXuyen());

        Assert.Multiple(() =>
        {
            Assert.That(list.Problem, Is.Null);
            Assert.That(list.Rows, Has.Count.EqualTo(SampleLists.LongXuyenRows));
            Assert.That(list.Rows[0].Line, Is.EqualTo(2), "the header is line 1");
            Assert.That(list.Rows[0].Product, Is.EqualTo("Bắp non đóng hộp"));
            Assert.That(list.Rows[0].Producer, Is.EqualTo("Công ty Cổ phần thực phẩm rau quả An Giang"));
            Assert.That(list.Rows[0].Score, Is.EqualTo("85,2"));
            Assert.That(list.Rows[0].Stars, Is.EqualTo("4 sao"));
            Assert.That(list.Rows[0].DecisionNumber, Is.Null, "an empty cell stays empty");
            Assert.That(list.Rows[0].DecisionDate, Is.Null);
            Assert.That(list.Rows[^1].Line, Is.EqualTo(SampleLists.LongXuyenRows + 1));
        });
    }

    [Test]
    public void Comma_separated_list_without_BOM_and_with_other_header_spellings_reads_the_same()
    {
        var lines = SampleLists.LongXuyenText().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = "stt,TEN SAN PHAM,chủ thể OCOP,Dia chi,NHÓM,Điểm (thang 100),Hạng Sao,Số quyết định công nhận,ngay quyet dinh";
        var body = lines.Skip(1).Select(l => string.Join(',', l.Split(';').Select(cell => cell.Contains(',', StringComparison.Ordinal) ? $"\"{cell}\"" : cell)));
        var semicolon = ProvinceListReader.Read(SampleLists.LongXuyen());

        var comma = ProvinceListReader.Read(SampleLists.Of([header, .. body]));

        Assert.Multiple(() =>
        {
            Assert.That(comma.Problem, Is.Null);
            Assert.That(comma.Rows, Is.EqualTo(semicolon.Rows));
            Assert.That(comma.Columns, Is.EquivalentTo(semicolon.Columns));
        });
    }

    [Test]
    public void Extra_columns_are_ignored_and_missing_optional_ones_read_as_empty()
    {
        var list = ProvinceListReader.Read(SampleLists.Of(
            "Ghi chú;Sản phẩm;Chủ thể;Hạng sao",
            "x;Trà Xạ đen;Công ty TNHH MTV TMDV Thảo An Khang;3"));

        Assert.Multiple(() =>
        {
            Assert.That(list.Problem, Is.Null);
            Assert.That(list.Rows.Single().Stars, Is.EqualTo("3"));
            Assert.That(list.Rows.Single().Score, Is.Null);
            Assert.That(list.Rows.Single().Address, Is.Null);
        });
    }

    [TestCase("STT;Chủ thể;Điểm", ProvinceListFileProblem.NoProductColumn)]
    [TestCase("Tên sản phẩm;Địa chỉ;Điểm", ProvinceListFileProblem.NoProducerColumn)]
    [TestCase("Tên sản phẩm;Chủ thể;Địa chỉ", ProvinceListFileProblem.NoScoreOrStarsColumn)]
    public void Header_without_a_needed_column_is_refused(string header, ProvinceListFileProblem problem)
    {
        Assert.That(ProvinceListReader.Read(SampleLists.Of(header, "a;b;c")).Problem, Is.EqualTo(problem));
    }

    [Test]
    public void List_saved_in_a_legacy_code_page_is_refused_not_misread()
    {
        // "Trà" in Windows-1258: 0xE0 is not valid UTF-8 on its own.
        var bytes = Encoding.ASCII.GetBytes("Tên;Chủ thể;Điểm\r\nTr").Concat(new byte[] { 0xE0 }).Concat(Encoding.ASCII.GetBytes(";X;60\r\n")).ToArray();

        Assert.That(ProvinceListReader.Read(bytes).Problem, Is.EqualTo(ProvinceListFileProblem.NotUtf8));
    }

    [Test]
    public void Unclosed_quote_is_reported_as_unreadable()
    {
        var list = ProvinceListReader.Read(SampleLists.Of("Tên sản phẩm;Chủ thể;Điểm", "\"Trà Xạ đen;Công ty;60", "Mứt;Hộ;61"));

        Assert.That(list.Problem, Is.EqualTo(ProvinceListFileProblem.Unreadable));
    }

    [Test]
    public void Empty_file_and_file_over_the_size_limit_are_refused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ProvinceListReader.Read([0xEF, 0xBB, 0xBF]).Problem, Is.EqualTo(ProvinceListFileProblem.Empty));
            Assert.That(ProvinceListReader.Read(new byte[ProvinceListReader.MaxBytes + 1]).Problem, Is.EqualTo(ProvinceListFileProblem.TooLarge));
        });
    }

    [Test]
    public void Header_names_fold_case_marks_and_punctuation()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ProvinceListReader.FoldName("  Hạng  SAO "), Is.EqualTo("hang sao"));
            Assert.That(ProvinceListReader.FoldName("Số QĐ"), Is.EqualTo("so qd"));
            Assert.That(ProvinceListReader.FoldName("Điểm (thang 100)"), Is.EqualTo("diem thang 100"));
        });
    }
}
