namespace OcopCatalogue.Core.Catalogue;

/// <summary>A sub-group (nhóm) within one of the six OCOP product groups, as listed in Decision 148/QĐ-TTg.</summary>
public sealed record OcopSubGroup(string Code, OcopGroup Group, string NameVi, string NameEn);
