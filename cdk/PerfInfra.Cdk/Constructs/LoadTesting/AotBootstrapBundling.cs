using System.Diagnostics;
using Amazon.CDK;
using Amazon.JSII.Runtime.Deputy;

namespace PerfInfra.Cdk.Constructs.LoadTesting;

/// <summary>
/// Builds the Lambdas' Native AOT <c>bootstrap</c> on this machine with <c>dotnet publish</c> during
/// synth (there is no Docker for CDK's default bundling). Derives from <see cref="DeputyBase"/>: jsii
/// calls a C# <see cref="ILocalBundling"/> only through a deputy, otherwise it silently falls back to
/// Docker. arm64 needs the cross linker (gcc-aarch64-linux-gnu, binutils-aarch64-linux-gnu, clang).
/// </summary>
internal sealed class AotBootstrapBundling : DeputyBase, ILocalBundling
{
    /// <summary>An AOT publish takes 1–3 minutes on two cores; past this something is stuck.</summary>
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(15);

    private readonly string _projectPath;
    private readonly bool _arm64;
    private readonly string? _configPath;
    private readonly string? _configFileName;
    private readonly string? _queriesDirectory;
    private readonly string? _queriesFolderName;

    /// <param name="configPath">A config file to ship beside the binary as <paramref name="configFileName"/>.</param>
    /// <param name="queriesDirectory">The Athena query folder to ship beside the config as <paramref name="queriesFolderName"/> (the config's queries_dir).</param>
    public AotBootstrapBundling(string projectPath, bool arm64, string? configPath = null, string? configFileName = null, string? queriesDirectory = null, string? queriesFolderName = null)
    {
        _queriesDirectory = queriesDirectory;
        _queriesFolderName = queriesFolderName;
        _projectPath = projectPath;
        _arm64 = arm64;
        _configPath = configPath;
        _configFileName = configFileName;
    }

    /// <summary>The publish command, for the build log and the tests.</summary>
    public IReadOnlyList<string> Arguments(string outputDir)
    {
        var args = new List<string>
        {
            "publish", _projectPath, "-c", "Release", "-r", _arm64 ? "linux-arm64" : "linux-x64", "-o", outputDir,
            "-nologo", "-v:q", "-clp:ErrorsOnly", "-p:DebugType=none", "-p:StripSymbols=true",
        };
        if (_arm64)
        {
            // ILCompiler cross-links with clang and the aarch64 binutils (DESIGN.md). No SysRoot: Debian's
            // cross libc.so is a linker script naming /usr/aarch64-linux-gnu/lib/… absolutely, which ld
            // then looks for inside the sysroot and cannot find; clang's --target finds the cross libraries.
            args.AddRange(["-p:CppCompilerAndLinker=clang-14", "-p:ObjCopyName=aarch64-linux-gnu-objcopy"]);
        }

        return args;
    }

    public bool TryBundle(string outputDir, IBundlingOptions options)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = false, RedirectStandardError = false };
        foreach (var a in Arguments(outputDir))
        {
            start.ArgumentList.Add(a);
        }

        Console.Error.WriteLine($"bundling the Lambda bootstrap: dotnet {string.Join(' ', start.ArgumentList)}");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet to publish the Lambda bootstrap");
        if (!process.WaitForExit(PublishTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet publish of {_projectPath} did not finish within {PublishTimeout.TotalMinutes} minutes");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"dotnet publish of {_projectPath} failed (exit {process.ExitCode})" +
                (_arm64 ? "; arm64 needs gcc-aarch64-linux-gnu and clang-14, or synthesize with -c perfinfra:loadTest:architecture=x86_64" : string.Empty));
        }

        // Only the binary (and the config) ships: the runtime runs ./bootstrap from the zip's root.
        foreach (var extra in Directory.EnumerateFiles(outputDir).Where(f => Path.GetFileName(f) != "bootstrap"))
        {
            File.Delete(extra);
        }

        if (_configPath is not null && _configFileName is not null)
        {
            File.Copy(_configPath, Path.Combine(outputDir, _configFileName), overwrite: true);
        }

        // The plan step reads the Athena queries from here (queries_dir, relative to the config file).
        if (_queriesDirectory is not null && _queriesFolderName is not null && Directory.Exists(_queriesDirectory))
        {
            foreach (var sql in Directory.EnumerateFiles(_queriesDirectory, "*.sql", SearchOption.AllDirectories))
            {
                var target = Path.Combine(outputDir, _queriesFolderName, Path.GetRelativePath(_queriesDirectory, sql));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(sql, target, overwrite: true);
            }
        }

        return true;
    }
}
