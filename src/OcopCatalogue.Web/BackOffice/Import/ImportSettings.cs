using OcopCatalogue.Core.Certification;

namespace OcopCatalogue.Web.BackOffice.Import;

/// <summary>What staff say about the uploaded list as a whole.</summary>
/// <param name="Source">The document the list comes from, stored as the source of what is written.</param>
/// <param name="Province">The province the list belongs to, for the addresses of new producers.</param>
/// <param name="Level">The level that issued the decisions, when the whole list comes from one.</param>
/// <param name="FileName">The uploaded file's name, for the audit trail only.</param>
public sealed record ImportSettings(string Source, string Province, IssuingLevel? Level, string FileName);
