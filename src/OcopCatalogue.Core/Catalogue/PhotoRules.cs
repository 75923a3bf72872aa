using OcopCatalogue.Core.Fields;

namespace OcopCatalogue.Core.Catalogue;

/// <summary>The checks of a list of photos, for every type that shows some.</summary>
public static class PhotoRules
{
    /// <summary>Each photo is a media item or a path; one by path brings its alt text (a library item has its own).</summary>
    public static void Check(List<FieldProblem> problems, string list, IReadOnlyList<IPhotoFields> photos, PhotoMessages messages)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(photos);
        ArgumentNullException.ThrowIfNull(messages);
        for (var i = 0; i < photos.Count; i++)
        {
            var photo = photos[i];
            if (photo.Media is null && string.IsNullOrWhiteSpace(photo.Path))
            {
                problems.Add(new(FieldPath.Row(list, i, nameof(IPhotoFields.Path)), messages.Missing));
            }

            if (photo.Media is null && string.IsNullOrWhiteSpace(photo.Alt))
            {
                problems.Add(new(FieldPath.Row(list, i, nameof(IPhotoFields.Alt)), messages.AltMissing, photo.Path ?? ""));
            }

            if (photo.Media == Guid.Empty)
            {
                problems.Add(new(FieldPath.Row(list, i, nameof(IPhotoFields.Media)), messages.MediaUnknown));
            }
        }
    }
}
