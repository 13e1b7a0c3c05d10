using PerfInfra.Lambdas.Runtime;

namespace PerfInfra.Lambdas.Contracts;

/// <summary>
/// A handler's payload is not the document it expects: not JSON, too large, the wrong type of value,
/// a missing or unknown field. The message names the document, the field and what is accepted; its
/// type name is the errorType Step Functions' Catch sees. Reported without a stack trace (the input was
/// wrong, not the code).
/// </summary>
internal sealed class InvalidPayloadException : Exception, IExpectedError
{
    public InvalidPayloadException(string document, IEnumerable<string> problems)
        : base($"{document}: " + string.Join("; ", problems))
    {
    }

    public InvalidPayloadException()
    {
    }

    public InvalidPayloadException(string message)
        : base(message)
    {
    }

    public InvalidPayloadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
