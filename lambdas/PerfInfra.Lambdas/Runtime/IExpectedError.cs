namespace PerfInfra.Lambdas.Runtime;

/// <summary>
/// Marks an exception whose message says everything a person needs (bad input, a refused run): the
/// runtime reports it without a stack trace, so Step Functions' Cause — and the report that quotes it —
/// carries only the message.
/// </summary>
internal interface IExpectedError;
