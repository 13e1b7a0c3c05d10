namespace PerfInfra.Engine.Config;

/// <summary>Messages shared by the loader's file checks and the YAML reader.</summary>
internal static class ConfigLoaderMessages
{
    public const string Empty = "the file is empty; expected a YAML mapping with keys version, default_profile, target, profiles, suites";

    public const string Binary = "the file is not text (binary content); expected a YAML load-test config";

    public static string TooLarge(long bytes) =>
        $"the file is {bytes} bytes, above the {ConfigValueDefaults.MaxFileBytes}-byte limit; a load-test config is a few KB";
}
