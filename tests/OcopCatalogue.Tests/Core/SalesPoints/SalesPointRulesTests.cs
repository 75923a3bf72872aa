using OcopCatalogue.Core.Fields;
using OcopCatalogue.Core.SalesPoints;
using OcopCatalogue.Web.SalesPoints;
using OcopCatalogue.Web.USync;
using static OcopCatalogue.Tests.Core.Catalogue.ProducerRulesTests;

namespace OcopCatalogue.Tests.Core.SalesPoints;

public sealed class SalesPointRulesTests
{
    private static readonly SalesPointFile Complete = new()
    {
        Key = Guid.NewGuid(),
        Slug = "diem-ban-ocop-long-xuyen",
        Name = "Điểm bán OCOP Long Xuyên",
        Kind = SalesPointKind.Showroom,
        Address = new AddressFile { Province = "An Giang" },
        Latitude = 10.38,
        Longitude = 105.43,
        Schedule = new ScheduleFile
        {
            Weekly = [new WeeklyHoursFile { Day = DayOfWeek.Monday, Opens = "07:30", Closes = "17:00" }],
            Exceptions = [new DatedHoursFile { From = new(2026, 2, 16), To = new(2026, 2, 20), Note = "Tết" }],
        },
        Photos = [new SalesPointPhotoFile { Path = "/media/1/cua-hang.jpg", Alt = "Quầy hàng" }],
    };

    [Test]
    public void A_complete_sales_point_passes() =>
        Assert.That(SalesPointRules.Check(Complete), Is.Empty);

    [Test]
    public void Sales_point_description_longer_than_2000_characters_is_refused() =>
        Assert.That(Fields(SalesPointRules.Check(Complete with { Description = new string('d', 2001) })), Is.EqualTo(new[] { ("Description", FieldMessage.TooLong) }));

    [Test]
    public void Exception_that_ends_before_it_starts_is_refused_at_its_row()
    {
        var exception = new DatedHoursFile { From = new(2026, 2, 20), To = new(2026, 2, 16) };
        var problem = SalesPointRules.Check(Complete with { Schedule = Complete.Schedule with { Exceptions = [Complete.Schedule.Exceptions[0], exception] } }).Single();
        Assert.That((problem.Field, problem.MessageKey), Is.EqualTo(("Schedule.Exceptions[1].To", SalesPointRules.ExceptionEndsBeforeStart)));
    }

    [Test]
    public void Exception_note_longer_than_200_characters_is_refused() =>
        Assert.That(Fields(SalesPointRules.Check(Complete with { Schedule = Complete.Schedule with { Exceptions = [Complete.Schedule.Exceptions[0] with { Note = new string('n', 201) }] } })),
            Is.EqualTo(new[] { ("Schedule.Exceptions[0].Note", FieldMessage.TooLong) }));

    [Test]
    public void Opening_time_not_written_as_hours_and_minutes_is_refused() =>
        Assert.That(Fields(SalesPointRules.Check(Complete with { Schedule = Complete.Schedule with { Weekly = [Complete.Schedule.Weekly[0] with { Opens = "7h30" }] } })),
            Is.EqualTo(new[] { ("Schedule.Weekly[0].Opens", FieldMessage.Time) }));

    [Test]
    public void Sales_point_without_a_schedule_is_refused() =>
        Assert.That(Fields(SalesPointRules.Check(Complete with { Schedule = null! })), Is.EqualTo(new[] { ("Schedule", FieldMessage.Required) }));

    [Test]
    public void Sales_point_coordinates_are_worded_as_the_sales_point_form_words_them() =>
        Assert.That(Fields(SalesPointRules.Check(Complete with { Latitude = null, Longitude = 200 })),
            Is.EqualTo(new[] { ("Latitude", "SalesPoints.Error.CoordinatesTogether"), ("Longitude", "Editing.Form.Coordinate") }));

    [Test]
    public void Photo_by_path_without_alt_text_is_refused() =>
        Assert.That(Fields(SalesPointRules.Check(Complete with { Photos = [new SalesPointPhotoFile { Path = "/media/1/a.jpg", Alt = "" }] })),
            Is.EqualTo(new[] { ("Photos[0].Alt", "SalesPoints.Error.PhotoAlt") }));
}
