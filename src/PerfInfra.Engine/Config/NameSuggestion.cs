namespace PerfInfra.Engine.Config;

/// <summary>
/// "Did you mean" for keys and metric names: the closest candidate by Levenshtein distance, when it
/// is close enough to be a typo rather than a different word.
/// </summary>
public static class NameSuggestion
{
    // Allowed edits grow with the word: "user"→"users" (1) but not "rps"→"avg" (3 of 3).
    private const int CharsPerAllowedEdit = 3;
    private const int MaxAllowedEdits = 3;

    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        var normalized = input.Trim().ToLowerInvariant().Replace('-', '_');
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(normalized, candidate.ToLowerInvariant());
            var allowed = Math.Clamp(candidate.Length / CharsPerAllowedEdit, 1, MaxAllowedEdits);
            if (distance <= allowed && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>" (did you mean 'x'?)" or empty, ready to append to a message.</summary>
    public static string Hint(string input, IEnumerable<string> candidates) =>
        Closest(input, candidates) is { } match ? $"; did you mean '{match}'?" : string.Empty;

    internal static int Distance(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
