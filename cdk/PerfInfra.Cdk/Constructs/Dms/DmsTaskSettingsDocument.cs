using System.Text.Json;
using System.Text.Json.Nodes;
using PerfInfra.Cdk.Settings;

namespace PerfInfra.Cdk.Constructs.Dms;

/// <summary>
/// The replication task's settings JSON (AWS DMS "task settings" document) with the guide's tuning.
/// Only tuned keys are written; DMS fills every other key with its default.
/// </summary>
public static class DmsTaskSettingsDocument
{
    public static string Build(DmsSettings s)
    {
        var document = new JsonObject
        {
            ["TargetMetadata"] = new JsonObject
            {
                // Batch apply: CDC changes applied in batches instead of one statement per change.
                ["BatchApplyEnabled"] = true,
                // Parallel full-load threads per table (honoured by targets that support it).
                ["ParallelLoadThreads"] = s.ParallelLoadThreads,
                ["ParallelLoadBufferSize"] = s.ParallelLoadBufferSize,
                // LOBs: limited mode (fast) truncating above LobMaxSize KB, instead of full LOB mode's per-row lookups.
                ["SupportLobs"] = true,
                ["FullLobMode"] = false,
                ["LimitedSizeLobMode"] = true,
                ["LobMaxSize"] = s.LobMaxSizeKb,
            },
            ["FullLoadSettings"] = new JsonObject
            {
                ["TargetTablePrepMode"] = "DO_NOTHING",
                ["MaxFullLoadSubTasks"] = s.MaxFullLoadSubTasks,
                ["CommitRate"] = s.CommitRate,
            },
            ["ChangeProcessingTuning"] = new JsonObject
            {
                ["BatchApplyPreserveTransaction"] = true,
                ["BatchApplyTimeoutMin"] = s.BatchApplyTimeoutMinSeconds,
                ["BatchApplyTimeoutMax"] = s.BatchApplyTimeoutMaxSeconds,
                ["BatchApplyMemoryLimit"] = s.BatchApplyMemoryLimitMb,
                ["MemoryLimitTotal"] = s.MemoryLimitTotalMb,
            },
            ["Logging"] = new JsonObject { ["EnableLogging"] = true },
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    /// <summary>Replicate every table of one schema.</summary>
    public static string TableMappings(string schemaName) => new JsonObject
    {
        ["rules"] = new JsonArray(new JsonObject
        {
            ["rule-type"] = "selection",
            ["rule-id"] = "1",
            ["rule-name"] = "include-" + schemaName,
            ["object-locator"] = new JsonObject { ["schema-name"] = schemaName, ["table-name"] = "%" },
            ["rule-action"] = "include",
        }),
    }.ToJsonString();
}
