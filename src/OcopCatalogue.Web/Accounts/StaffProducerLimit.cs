namespace OcopCatalogue.Web.Accounts;

/// <summary>One producer a limited writer may work on.</summary>
public sealed class StaffProducerLimit
{
    public string UserId { get; set; } = "";

    public Guid ProducerId { get; set; }
}
