namespace PerfInfra.Engine.Preflight;

/// <summary>
/// The shape of the state machine's preflight responses: a list of entries
/// <c>{ "check": kind, "name": label, "response": the SDK integration's answer }</c>, or
/// <c>{ "check", "name", "error": { "Error", "Cause" } }</c> when the call failed (caught, so a failed
/// check is a row of the report rather than a failed execution).
/// </summary>
public static class AwsPreflightResponses
{
    public const string Stage = "stage";
    public const string ProvisionedConcurrency = "provisioned_concurrency";
    public const string WorkGroup = "workgroup";

    public const string CheckField = "check";
    public const string NameField = "name";
    public const string ResponseField = "response";
    public const string ErrorField = "error";
}
