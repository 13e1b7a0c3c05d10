namespace PerfInfra.PipelineJob;

/// <summary>Bad input, said in a way a person can act on (the variable or flag, the bad value, what is accepted). Exit code 2.</summary>
internal sealed class JobInputException(string message) : Exception(message);
