namespace PerfInfra.DataPipeline;

/// <summary>What the verification found in the curated table.</summary>
/// <param name="IdSum">Sum of the id numbers after the run's prefix; equals <see cref="OrderGenerator.IdChecksum"/> when every id arrived once.</param>
/// <param name="ForeignIds">Rows whose id does not start with the run's prefix and '-'.</param>
public sealed record LakeCount(long Records, long DistinctIds, long IdSum, long ForeignIds, long Partitions)
{
    /// <summary>Exactly the ids 1..<paramref name="records"/> of the run, each once, and nothing else.</summary>
    public bool IsExactly(long records) =>
        Records == records && DistinctIds == records && ForeignIds == 0 && IdSum == OrderGenerator.IdChecksum(records);
}
