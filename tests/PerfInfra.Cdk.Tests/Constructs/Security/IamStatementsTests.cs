using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PerfInfra.Cdk.Tests.Support;

namespace PerfInfra.Cdk.Tests.Constructs.Security;

/// <summary>
/// Least privilege as a reviewed list (issue #7): every IAM statement of every stack — AWS::IAM::Policy,
/// a role's inline policies, AWS::IAM::ManagedPolicy — and every managed policy attached to a role is
/// compared with <c>Assets/iam-statements.approved.json</c>. A statement that is not on the list fails
/// (named, with the wildcard called out), an entry no statement matches any more fails (the list stays
/// honest), and an approved wildcard (an action with *, Resource *, a managed policy) needs a reason.
/// On a mismatch the synthesized list is written beside the test binaries for review.
/// </summary>
[Collection(DefaultAppCollection.Name)]
public sealed partial class IamStatementsTests(DefaultApp app)
{
    private const string ApprovedPath = "tests/PerfInfra.Cdk.Tests/Assets/iam-statements.approved.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void Statements_AllStacks_MatchTheReviewedList()
    {
        var actual = Collect(app.AllResources()).ToList();
        var approved = LoadApproved();

        var lines = Compare(actual, approved);
        if (lines.Count > 0)
        {
            var written = Path.Combine(AppContext.BaseDirectory, "iam-statements.actual.json");
            File.WriteAllText(written, Serialize(actual.Select(a => approved.FirstOrDefault(p => p.Key == a.Key) ?? a)));
            Assert.Fail($"IAM statements differ from {ApprovedPath}:\n{string.Join('\n', lines)}\nThe synthesized list (reasons kept) is in {written}: review it, give every wildcard a reason, and copy it over the approved file.");
        }
    }

    [Fact]
    public void Compare_NewWildcardAndRemovedStatement_NamesBoth()
    {
        // The check itself can fail: a construct that grants s3:* on * in a fresh stack, against the real list.
        var template = TestStacks.Synthesize(stack =>
        {
            var role = new Amazon.CDK.AWS.IAM.Role(stack, "Careless", new Amazon.CDK.AWS.IAM.RoleProps { AssumedBy = new Amazon.CDK.AWS.IAM.ServicePrincipal("lambda.amazonaws.com") });
            role.AddToPolicy(new Amazon.CDK.AWS.IAM.PolicyStatement(new Amazon.CDK.AWS.IAM.PolicyStatementProps { Actions = ["s3:*"], Resources = ["*"] }));
        });
        var json = JsonDocument.Parse(JsonSerializer.Serialize(template.ToJSON())).RootElement;
        var resources = json.GetProperty("Resources").EnumerateObject().Select(r => ("Test", r.Name, r.Value));

        var lines = Compare(Collect(resources).ToList(), LoadApproved());

        Assert.Contains("NOT APPROVED (WILDCARD): Test CarelessDefaultPolicy: Allow [s3:*] on [*]", lines);
        Assert.Contains(lines, l => l.StartsWith("STALE (no such statement any more; remove it): PerfInfra-LoadTest FunctionsPlanRoleDefaultPolicy", StringComparison.Ordinal));
    }

    [Fact]
    public void ApprovedList_Wildcards_EachCarryAReason()
    {
        var missing = LoadApproved().Where(p => p.IsWildcard && string.IsNullOrWhiteSpace(p.Reason)).Select(p => p.Describe()).ToList();

        Assert.True(missing.Count == 0, "approved wildcards without a reason:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void Collect_KillSwitch_PlanAndWorkerMayOnlyGetThatOneParameter()
    {
        // The collector itself must see statements; the kill switch's is the one this issue added.
        var ssm = Collect(app.AllResources()).Where(s => s.Actions.Any(a => a.StartsWith("ssm:", StringComparison.Ordinal))).ToList();

        Assert.Equal(["FunctionsLoadWorkerRoleDefaultPolicy", "FunctionsPlanRoleDefaultPolicy"], ssm.Select(s => s.Policy).Order());
        Assert.All(ssm, s =>
        {
            Assert.Equal(["ssm:GetParameter"], s.Actions);
            Assert.Equal(["arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter${KillSwitchParameter}"], s.Resources);
        });
    }

    /// <summary>One line per statement not on the list (wildcards called out) and per approved entry that matches nothing.</summary>
    private static List<string> Compare(List<IamEntry> actual, List<IamEntry> approved) =>
        actual.Where(a => !approved.Any(p => p.Key == a.Key)).Select(a => $"NOT APPROVED{(a.IsWildcard ? " (WILDCARD)" : string.Empty)}: {a.Describe()}")
            .Concat(approved.Where(p => !actual.Any(a => a.Key == p.Key)).Select(p => $"STALE (no such statement any more; remove it): {p.Describe()}"))
            .ToList();

    /// <summary>Every statement and attached managed policy of the given resources (stack, logical id, resource), normalized.</summary>
    private static IEnumerable<IamEntry> Collect(IEnumerable<(string Stack, string LogicalId, JsonElement Resource)> resources)
    {
        foreach (var (stack, logicalId, resource) in resources)
        {
            var type = resource.GetProperty("Type").GetString();
            if (!resource.TryGetProperty("Properties", out var props))
            {
                continue;
            }

            var policy = StripHash(logicalId);
            if (type is "AWS::IAM::Policy" or "AWS::IAM::ManagedPolicy")
            {
                foreach (var s in Statements(stack, policy, props.GetProperty("PolicyDocument")))
                {
                    yield return s;
                }
            }
            else if (type == "AWS::IAM::Role")
            {
                foreach (var inline in props.TryGetProperty("Policies", out var policies) ? policies.EnumerateArray() : Enumerable.Empty<JsonElement>())
                {
                    foreach (var s in Statements(stack, $"{policy}/{inline.GetProperty("PolicyName").GetString()}", inline.GetProperty("PolicyDocument")))
                    {
                        yield return s;
                    }
                }

                foreach (var arn in props.TryGetProperty("ManagedPolicyArns", out var managed) ? managed.EnumerateArray() : Enumerable.Empty<JsonElement>())
                {
                    yield return new IamEntry(stack, policy, "Allow", [], [], null, Render(arn), null);
                }
            }
        }
    }

    private static IEnumerable<IamEntry> Statements(string stack, string policy, JsonElement document)
    {
        foreach (var statement in document.GetProperty("Statement").EnumerateArray())
        {
            var effect = statement.GetProperty("Effect").GetString()!;
            var actions = Strings(statement, "Action").Concat(Strings(statement, "NotAction").Select(a => "NOT " + a)).Order(StringComparer.Ordinal).ToList();
            var resources = Strings(statement, "Resource").Concat(Strings(statement, "NotResource").Select(r => "NOT " + r)).Order(StringComparer.Ordinal).ToList();
            var condition = statement.TryGetProperty("Condition", out var c) ? Compact(c) : null;
            yield return new IamEntry(stack, policy, effect, actions, resources, condition, null, null);
        }
    }

    private static IEnumerable<string> Strings(JsonElement statement, string name) =>
        !statement.TryGetProperty(name, out var value) ? []
        : value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(Render)
        : [Render(value)];

    /// <summary>CloudFormation intrinsics as readable text: ${Logical.Attr}, ${AWS::Region}; CDK's 8-character hash suffixes dropped.</summary>
    private static string Render(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString()!;
        }

        if (value.ValueKind == JsonValueKind.Object && value.EnumerateObject().Count() == 1)
        {
            var fn = value.EnumerateObject().Single();
            switch (fn.Name)
            {
                case "Ref":
                    return "${" + StripHash(fn.Value.GetString()!) + "}";
                case "Fn::GetAtt":
                    return "${" + StripHash(fn.Value[0].GetString()!) + "." + fn.Value[1].GetString() + "}";
                case "Fn::Join":
                    return string.Join(fn.Value[0].GetString(), fn.Value[1].EnumerateArray().Select(Render));
                case "Fn::Sub" when fn.Value.ValueKind == JsonValueKind.String:
                    return fn.Value.GetString()!;
                default:
                    break;
            }
        }

        return Compact(value);
    }

    private static string Compact(JsonElement value) => JsonSerializer.Serialize(value);

    private static string StripHash(string logicalId) => logicalId.StartsWith("AWS::", StringComparison.Ordinal) ? logicalId : CdkHash().Replace(logicalId, string.Empty);

    [GeneratedRegex("(?<=.)[0-9A-F]{8}$")]
    private static partial Regex CdkHash();

    private static List<IamEntry> LoadApproved()
    {
        var root = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Resolve(ApprovedPath)))!;
        var entries = new List<IamEntry>();
        foreach (var s in root["statements"]!.AsArray())
        {
            entries.Add(new IamEntry(
                (string)s!["stack"]!, (string)s["policy"]!, (string?)s["effect"] ?? "Allow",
                s["actions"]!.AsArray().Select(a => (string)a!).Order(StringComparer.Ordinal).ToList(),
                s["resources"]!.AsArray().Select(r => (string)r!).Order(StringComparer.Ordinal).ToList(),
                (string?)s["condition"], null, (string?)s["reason"]));
        }

        foreach (var m in root["managedPolicies"]!.AsArray())
        {
            entries.Add(new IamEntry((string)m!["stack"]!, (string)m["role"]!, "Allow", [], [], null, (string)m["arn"]!, (string?)m["reason"]));
        }

        return entries;
    }

    private static string Serialize(IEnumerable<IamEntry> entries)
    {
        var list = entries.DistinctBy(e => e.Key).OrderBy(e => e.Stack, StringComparer.Ordinal).ThenBy(e => e.Policy, StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal).ToList();
        var root = new JsonObject
        {
            ["$comment"] = "Every IAM statement and attached managed policy of the synthesized app, reviewed (IamStatementsTests). Resources use ${LogicalId.Attr} for CloudFormation references, without CDK's hash suffix. Every wildcard (an action with *, Resource *, a managed policy) needs a reason.",
            ["statements"] = new JsonArray(list.Where(e => e.ManagedPolicyArn is null).Select(e =>
            {
                var node = new JsonObject { ["stack"] = e.Stack, ["policy"] = e.Policy };
                if (e.Effect != "Allow")
                {
                    node["effect"] = e.Effect;
                }

                node["actions"] = new JsonArray(e.Actions.Select(a => (JsonNode)a!).ToArray());
                node["resources"] = new JsonArray(e.Resources.Select(r => (JsonNode)r!).ToArray());
                if (e.Condition is not null)
                {
                    node["condition"] = e.Condition;
                }

                if (e.Reason is not null || e.IsWildcard)
                {
                    node["reason"] = e.Reason ?? string.Empty;
                }

                return (JsonNode)node;
            }).ToArray()),
            ["managedPolicies"] = new JsonArray(list.Where(e => e.ManagedPolicyArn is not null).Select(e =>
                (JsonNode)new JsonObject { ["stack"] = e.Stack, ["role"] = e.Policy, ["arn"] = e.ManagedPolicyArn, ["reason"] = e.Reason ?? string.Empty }).ToArray()),
        };
        return root.ToJsonString(Indented) + "\n";
    }

    /// <summary>One statement (or, with <see cref="ManagedPolicyArn"/>, one attached managed policy) of one policy.</summary>
    private sealed record IamEntry(
        string Stack, string Policy, string Effect, IReadOnlyList<string> Actions, IReadOnlyList<string> Resources,
        string? Condition, string? ManagedPolicyArn, string? Reason)
    {
        public string Key => ManagedPolicyArn is { } arn
            ? $"{Stack}|{Policy}|managed|{arn}"
            : $"{Stack}|{Policy}|{Effect}|{string.Join(',', Actions)}|{string.Join(',', Resources)}|{Condition}";

        public bool IsWildcard => ManagedPolicyArn is not null
            || Actions.Any(a => a.Contains('*', StringComparison.Ordinal) || a.StartsWith("NOT ", StringComparison.Ordinal))
            || Resources.Any(r => r == "*" || r.StartsWith("NOT ", StringComparison.Ordinal));

        public string Describe() => ManagedPolicyArn is { } arn
            ? $"{Stack} {Policy}: managed policy {arn}"
            : $"{Stack} {Policy}: {Effect} [{string.Join(", ", Actions)}] on [{string.Join(", ", Resources)}]{(Condition is null ? string.Empty : " when " + Condition)}";
    }
}
