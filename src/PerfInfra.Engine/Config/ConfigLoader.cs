using System.Security.Cryptography;
using System.Text;
using PerfInfra.Engine.Config.Loading;
using PerfInfra.Engine.Config.Yaml;

namespace PerfInfra.Engine.Config;

/// <summary>
/// Loads and validates load-test-config.yaml. Throws <see cref="ConfigException"/> listing every
/// problem with its file, line, column and key path; returns a fully typed <see cref="LoadTestConfig"/>
/// otherwise. Aliases/anchors, files above 1 MiB, empty files and binary files are refused up front.
/// </summary>
public static class ConfigLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads a config file from disk. I/O failures (missing file, no permission) are config errors too.</summary>
    public static LoadTestConfig LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > ConfigValueDefaults.MaxFileBytes)
            {
                throw Single(path, ConfigLoaderMessages.TooLarge(info.Length));
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw Single(path, $"cannot read the config file: {e.Message}");
        }

        return LoadBytes(bytes, path);
    }

    /// <summary>Loads config text; <paramref name="fileName"/> is only used in error positions.</summary>
    public static LoadTestConfig LoadText(string yaml, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(fileName);
        var byteCount = Encoding.UTF8.GetByteCount(yaml);
        if (byteCount > ConfigValueDefaults.MaxFileBytes)
        {
            throw Single(fileName, ConfigLoaderMessages.TooLarge(byteCount));
        }

        return Load(yaml, fileName, Sha256Hex(Encoding.UTF8.GetBytes(yaml)));
    }

    /// <summary>The default config (tests/performance/load-test-config.yaml) embedded in the engine.</summary>
    public static LoadTestConfig LoadDefault() =>
        LoadBytes(DefaultConfigBytes(), ConfigValueDefaults.DefaultConfigResourceName);

    /// <summary>The exact text of the embedded default config (for <c>perf validate</c> and reports).</summary>
    public static string DefaultConfigText() => StrictUtf8.GetString(DefaultConfigBytes());

    private static byte[] DefaultConfigBytes()
    {
        using var stream = typeof(ConfigLoader).Assembly.GetManifestResourceStream(ConfigValueDefaults.DefaultConfigResourceName)
            ?? throw new InvalidOperationException($"the engine was built without its embedded default config '{ConfigValueDefaults.DefaultConfigResourceName}'");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static LoadTestConfig LoadBytes(byte[] bytes, string fileName)
    {
        if (bytes.Length > ConfigValueDefaults.MaxFileBytes)
        {
            throw Single(fileName, ConfigLoaderMessages.TooLarge(bytes.Length));
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw Single(fileName, ConfigLoaderMessages.Binary + " (it is not valid UTF-8)");
        }

        // The hash covers the bytes as stored, so it matches `sha256sum` of the file.
        return Load(text.TrimStart('\uFEFF'), fileName, Sha256Hex(bytes));
    }

    private static LoadTestConfig Load(string text, string fileName, string sha256)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Single(fileName, ConfigLoaderMessages.Empty);
        }

        if (IsBinary(text))
        {
            throw Single(fileName, ConfigLoaderMessages.Binary);
        }

        var root = YamlTreeReader.Read(text, fileName, out var error);
        if (root is null)
        {
            throw new ConfigException([error!]);
        }

        var diagnostics = new ConfigDiagnostics(fileName);
        var config = LoadTestConfigMapper.Map(root, fileName, sha256, diagnostics);
        return diagnostics.HasErrors || config is null
            ? throw new ConfigException(diagnostics.HasErrors ? diagnostics.Errors : [new ConfigError(fileName, 1, 1, string.Empty, null, "the config is incomplete")])
            : config;
    }

    // NUL and other C0 controls (except tab, CR, LF) never occur in YAML text; U+FFFD marks undecodable bytes.
    private static bool IsBinary(string text) =>
        text.Any(c => (c < ' ' && c is not '\t' and not '\r' and not '\n') || c == '\uFFFD');

    private static ConfigException Single(string file, string message) =>
        new([new ConfigError(file, 1, 1, string.Empty, null, message)]);

    private static string Sha256Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
