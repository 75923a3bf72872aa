using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Web.Traceability.Stamps;

/// <summary>Answers what is known of a scanned serial: whether it was issued and, if it was, its checks so far.</summary>
public sealed class StampScans(IssuedSerials serials, StampChecks checks)
{
    public async ValueTask<StampCheckAnswer> AnswerAsync(Guid batchId, string? serial, bool counted, CancellationToken cancellationToken)
    {
        var status = await serials.StatusAsync(batchId, serial, cancellationToken).ConfigureAwait(false);
        if (status != StampStatus.Issued || !StampSerial.TryParse(serial, out var value))
        {
            return status == StampStatus.NotSerialised ? StampCheckAnswer.NotSerialised : new StampCheckAnswer(status, null, 0);
        }

        var (first, count) = await checks.CheckAsync(batchId, value, counted, cancellationToken).ConfigureAwait(false);
        return new StampCheckAnswer(status, first, count);
    }
}
