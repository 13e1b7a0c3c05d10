namespace PerfInfra.Engine.Suites.Athena;

/// <summary>The query folder cannot be used; the message names the folder or file and what would be accepted.</summary>
public sealed class QuerySetException : Exception
{
    public QuerySetException()
    {
    }

    public QuerySetException(string message)
        : base(message)
    {
    }

    public QuerySetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
