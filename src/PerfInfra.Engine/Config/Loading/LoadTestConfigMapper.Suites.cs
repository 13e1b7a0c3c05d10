using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PerfInfra.Engine.Config.Schema;
using PerfInfra.Engine.Config.Yaml;
using PerfInfra.Engine.Http;
using PerfInfra.Engine.Thresholds;

namespace PerfInfra.Engine.Config.Loading;

/// <summary>This part reads the suites: API scenarios and steps, and every suite's thresholds.</summary>
internal sealed partial class LoadTestConfigMapper
{
    private const string JsonContentType = "application/json";
    private const string ContentTypeHeader = "Content-Type";

    private SuitesConfig? ReadSuites(YamlNode node, string path, YamlNode owner)
    {
        if (MappingReader.Open(node, ConfigSchema.Suites, path, owner, _diagnostics) is not { } map)
        {
            return null;
        }

        var api = map["api"] is { } apiNode ? ReadApiSuite(apiNode, map.PathOf("api"), map.Entry("api")!.Key) : null;

        AthenaSuiteConfig? athena = null;
        if (map["athena"] is { } athenaNode
            && MappingReader.Open(athenaNode, ConfigSchema.AthenaSuite, map.PathOf("athena"), map.Entry("athena")!.Key, _diagnostics) is { } athenaMap)
        {
            var queriesDir = _values.Text(athenaMap, "queries_dir") ?? AthenaDefaults.QueriesDirectory;
            athena = new AthenaSuiteConfig(queriesDir, ReadAthenaThresholds(athenaMap))
            {
                PricePerTerabyteUsd = _values.Number(athenaMap, "price_per_tb") ?? AthenaDefaults.PricePerTerabyteUsd,
            };
        }

        PipelineSuiteConfig? pipeline = null;
        if (map["pipeline"] is { } pipelineNode
            && MappingReader.Open(pipelineNode, ConfigSchema.PipelineSuite, map.PathOf("pipeline"), map.Entry("pipeline")!.Key, _diagnostics) is { } pipelineMap)
        {
            pipeline = new PipelineSuiteConfig(SuiteThresholds(pipelineMap, MetricCatalog.Pipeline, new ThresholdScope(MetricCatalog.Pipeline)));
        }

        LambdaSuiteConfig? lambda = null;
        if (map["lambda"] is { } lambdaNode
            && MappingReader.Open(lambdaNode, ConfigSchema.LambdaSuite, map.PathOf("lambda"), map.Entry("lambda")!.Key, _diagnostics) is { } lambdaMap)
        {
            var functions = lambdaMap["functions"] is { } fnNode ? ReadNames(fnNode, lambdaMap.PathOf("functions")) : [];
            lambda = new LambdaSuiteConfig(functions, SuiteThresholds(lambdaMap, MetricCatalog.Lambda, new ThresholdScope(MetricCatalog.Lambda)));
        }

        return api is null ? null : new SuitesConfig(api, athena, pipeline, lambda);
    }

    private IReadOnlyList<ThresholdDefinition> SuiteThresholds(MappingReader map, string suite, ThresholdScope scope) =>
        map["thresholds"] is { } node ? _values.Thresholds(node, map.PathOf("thresholds"), suite, scope) : [];

    private List<ThresholdDefinition> ReadAthenaThresholds(MappingReader map)
    {
        var result = new List<ThresholdDefinition>();
        if (map["thresholds"] is not { } node)
        {
            return result;
        }

        var path = map.PathOf("thresholds");
        if (node is not YamlMapping classes)
        {
            _diagnostics.Add(node, path, $"expected a mapping of query class to thresholds, e.g. simple: [\"duration.p95 < 2s\"]; got {node.Describe()}", ConfigDiagnostics.ValueOf(node));
            return result;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in classes.Entries)
        {
            var name = entry.Key.Value;
            var classPath = MappingReader.Join(path, name);
            if (!Regex.IsMatch(name, ConfigSchema.QueryClassPattern) || !seen.Add(name))
            {
                _diagnostics.Add(entry.Key, classPath, "a query class is a unique lower-case name (letters, digits, '_', '-'), e.g. simple or complex", name);
                continue;
            }

            result.AddRange(_values.Thresholds(entry.Value, classPath, MetricCatalog.Athena, new ThresholdScope(MetricCatalog.Athena, name)));
        }

        return result;
    }

    private ApiSuiteConfig? ReadApiSuite(YamlNode node, string path, YamlNode owner)
    {
        if (MappingReader.Open(node, ConfigSchema.ApiSuite, path, owner, _diagnostics) is not { } map)
        {
            return null;
        }

        var thinkTime = _values.ThinkTime(map, "think_time") ?? ThinkTime.None;
        var thresholds = new List<ThresholdDefinition>(SuiteThresholds(map, MetricCatalog.Api, new ThresholdScope(MetricCatalog.Api)));
        if (map["scenarios"] is not { } scenariosNode)
        {
            return null;
        }

        var scenariosPath = map.PathOf("scenarios");
        if (scenariosNode is not YamlSequence list || list.Items.Count == 0)
        {
            _diagnostics.Add(scenariosNode, scenariosPath, $"expected a non-empty list of scenarios (name, weight, steps); got {scenariosNode.Describe()}", ConfigDiagnostics.ValueOf(scenariosNode));
            return null;
        }

        var scenarios = new List<ScenarioDefinition>();
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < list.Items.Count; i++)
        {
            var scenarioPath = $"{scenariosPath}[{i}]";
            if (ReadScenario(list.Items[i], scenarioPath, thinkTime, thresholds) is not { } scenario)
            {
                continue;
            }

            if (!names.TryAdd(scenario.Name, i))
            {
                _diagnostics.Add(list.Items[i], MappingReader.Join(scenarioPath, "name"),
                    $"duplicate scenario name (also {scenariosPath}[{names[scenario.Name]}]); names identify scenarios in reports", scenario.Name);
                continue;
            }

            scenarios.Add(scenario);
        }

        return new ApiSuiteConfig(scenarios, thresholds);
    }

    private ScenarioDefinition? ReadScenario(YamlNode node, string path, ThinkTime suiteThinkTime, List<ThresholdDefinition> thresholds)
    {
        if (MappingReader.Open(node, ConfigSchema.Scenario, path, node, _diagnostics) is not { } map)
        {
            return null;
        }

        var name = ReadName(map);
        var weight = _values.Number(map, "weight") ?? ConfigValueDefaults.ScenarioWeight;
        var thinkTime = _values.ThinkTime(map, "think_time") ?? suiteThinkTime;
        if (name is not null)
        {
            thresholds.AddRange(SuiteThresholds(map, MetricCatalog.Api, new ThresholdScope(MetricCatalog.Api, name)));
        }

        if (map["steps"] is not { } stepsNode)
        {
            return null;
        }

        var stepsPath = map.PathOf("steps");
        if (stepsNode is not YamlSequence list || list.Items.Count == 0)
        {
            _diagnostics.Add(stepsNode, stepsPath, $"expected a non-empty list of steps such as [{{ name: home, get: / }}]; got {stepsNode.Describe()}", ConfigDiagnostics.ValueOf(stepsNode));
            return null;
        }

        var steps = new List<StepDefinition>();
        var stepNames = new HashSet<string>(StringComparer.Ordinal);
        var ok = name is not null;
        for (var i = 0; i < list.Items.Count; i++)
        {
            var stepPath = $"{stepsPath}[{i}]";
            var step = ReadStep(list.Items[i], stepPath, name ?? string.Empty, thresholds);
            if (step is null)
            {
                ok = false;
                continue;
            }

            if (!stepNames.Add(step.Name))
            {
                _diagnostics.Add(list.Items[i], MappingReader.Join(stepPath, "name"), "duplicate step name in this scenario; names identify steps in reports", step.Name);
                ok = false;
                continue;
            }

            steps.Add(step);
        }

        return ok ? new ScenarioDefinition(name!, weight, steps, thinkTime) : null;
    }

    private StepDefinition? ReadStep(YamlNode node, string path, string scenario, List<ThresholdDefinition> thresholds)
    {
        if (MappingReader.Open(node, ConfigSchema.Step, path, node, _diagnostics) is not { } map)
        {
            return null;
        }

        var name = ReadName(map);
        var request = ReadRequest(map, path, node);
        var headers = map["headers"] is { } headersNode ? ReadHeaders(headersNode, map.PathOf("headers")) : new Dictionary<string, string>();
        var body = ReadBody(map, headers);
        var expect = map["expect_status"] is { } expectNode ? ReadExpectStatus(expectNode, map.PathOf("expect_status")) : StatusExpectation.Default;
        var thinkTime = _values.ThinkTime(map, "think_time");
        if (name is not null && scenario.Length > 0)
        {
            thresholds.AddRange(SuiteThresholds(map, MetricCatalog.Api, new ThresholdScope(MetricCatalog.Api, scenario, name)));
        }

        if (name is null || request is null || headers is null || expect is null || !body.Ok)
        {
            return null;
        }

        return new StepDefinition(name, request.Value.Method, request.Value.Path, headers, body.Text, expect, thinkTime);
    }

    private string? ReadName(MappingReader map)
    {
        var name = _values.Text(map, "name");
        if (name is not null && name.Trim().Length == 0)
        {
            _diagnostics.Add(map["name"]!, map.PathOf("name"), "a name must not be blank");
            return null;
        }

        return name?.Trim();
    }

    /// <summary>A step's request is one method key with the path (<c>get: /x</c>) or <c>method</c> + <c>path</c>.</summary>
    private (string Method, string Path)? ReadRequest(MappingReader map, string path, YamlNode owner)
    {
        const string Expected = "one of get, post, put, patch, delete with the path (get: /api/products), or method + path";
        var verbs = ConfigSchema.MethodKeys.Where(k => map[k] is not null).ToList();
        var hasMethod = map["method"] is not null;
        var hasPath = map["path"] is not null;
        if (verbs.Count > 1 || (verbs.Count == 1 && (hasMethod || hasPath)))
        {
            var found = verbs.Concat(hasMethod ? ["method"] : []).Concat(hasPath ? ["path"] : []);
            _diagnostics.Add(owner, path, $"a step sends exactly one request; found {string.Join(" and ", found)}. Expected {Expected}");
            return null;
        }

        if (verbs.Count == 1)
        {
            var verb = verbs[0];
            return ReadPath(map, verb) is { } verbPath ? (verb.ToUpperInvariant(), verbPath) : null;
        }

        if (!hasMethod && !hasPath)
        {
            _diagnostics.Add(owner, path, $"a step needs a request: {Expected}");
            return null;
        }

        if (hasMethod != hasPath)
        {
            _diagnostics.Add(owner, MappingReader.Join(path, hasMethod ? "path" : "method"), $"'method' and 'path' go together; expected {Expected}");
            return null;
        }

        var methodNode = map["method"]!;
        var method = methodNode is YamlScalar { IsNull: false } m ? m.Value.ToUpperInvariant() : null;
        if (method is null || !ConfigSchema.Methods.Contains(method))
        {
            _diagnostics.Add(methodNode, map.PathOf("method"), $"expected an HTTP method: {string.Join(", ", ConfigSchema.Methods)}", ConfigDiagnostics.ValueOf(methodNode));
            return null;
        }

        return ReadPath(map, "path") is { } p ? (method, p) : null;
    }

    private string? ReadPath(MappingReader map, string key)
    {
        const string Expected = "a path relative to target.base_url starting with '/', e.g. /api/products?page=1";
        var keyPath = map.PathOf(key);
        if (_values.Scalar(map[key]!, keyPath, Expected) is not { } scalar)
        {
            return null;
        }

        var value = scalar.Value;
        if (!value.StartsWith('/') || value.StartsWith("//", StringComparison.Ordinal) || value.Any(char.IsWhiteSpace)
            || value.Contains('#', StringComparison.Ordinal) || !Uri.TryCreate(value, UriKind.Relative, out _))
        {
            _diagnostics.Add(scalar, keyPath, $"expected {Expected} (no host, spaces or fragment: the host comes from target.base_url)", value);
            return null;
        }

        return value;
    }

    private Dictionary<string, string>? ReadHeaders(YamlNode node, string path)
    {
        if (node is not YamlMapping mapping)
        {
            _diagnostics.Add(node, path, $"expected a mapping of header names to values, e.g. Accept: application/json; got {node.Describe()}", ConfigDiagnostics.ValueOf(node));
            return null;
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var ok = true;
        foreach (var entry in mapping.Entries)
        {
            var name = entry.Key.Value;
            var headerPath = MappingReader.Join(path, name);
            if (!Regex.IsMatch(name, ConfigSchema.HeaderNamePattern))
            {
                _diagnostics.Add(entry.Key, headerPath, "not a valid HTTP header name", name);
                ok = false;
                continue;
            }

            if (name.Equals(DefaultAuthHeader, StringComparison.OrdinalIgnoreCase))
            {
                _diagnostics.Add(entry.Key, headerPath, "credentials never go in the config; use target.auth with from_env or from_file");
                ok = false;
                continue;
            }

            if (_values.Text(entry.Value, headerPath) is not { } value)
            {
                ok = false;
                continue;
            }

            if (!headers.TryAdd(name, value))
            {
                _diagnostics.Add(entry.Key, headerPath, "duplicate header; keep one", name);
                ok = false;
            }
        }

        return ok ? headers : null;
    }

    private (bool Ok, string? Text) ReadBody(MappingReader map, Dictionary<string, string>? headers)
    {
        var json = map["json"];
        var body = map["body"];
        if (json is not null && body is not null)
        {
            _diagnostics.Add(map.Entry("body")!.Key, map.PathOf("body"), "a step has either json or body, not both");
            return (false, null);
        }

        if (body is not null)
        {
            return _values.Text(body, map.PathOf("body")) is { } text ? (true, text) : (false, null);
        }

        if (json is null)
        {
            return (true, null);
        }

        headers?.TryAdd(ContentTypeHeader, JsonContentType);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteJson(writer, json);
        }

        return (true, Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>YAML to JSON by hand (AOT friendly): unquoted numbers, booleans and null keep their JSON types.</summary>
    private static void WriteJson(Utf8JsonWriter writer, YamlNode node)
    {
        switch (node)
        {
            case YamlMapping mapping:
                writer.WriteStartObject();
                foreach (var entry in mapping.Entries)
                {
                    writer.WritePropertyName(entry.Key.Value);
                    WriteJson(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;

            case YamlSequence sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Items)
                {
                    WriteJson(writer, item);
                }

                writer.WriteEndArray();
                break;

            case YamlScalar { IsNull: true }:
                writer.WriteNullValue();
                break;

            case YamlScalar { IsPlain: true, Value: "true" or "false" } flag:
                writer.WriteBooleanValue(flag.Value == "true");
                break;

            case YamlScalar { IsPlain: true } plain when long.TryParse(plain.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer):
                writer.WriteNumberValue(integer);
                break;

            case YamlScalar { IsPlain: true } plain when double.TryParse(plain.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number):
                writer.WriteNumberValue(number);
                break;

            case YamlScalar text:
                writer.WriteStringValue(text.Value);
                break;
        }
    }

    private StatusExpectation? ReadExpectStatus(YamlNode node, string path)
    {
        var codeShape = ConfigSchema.StatusCode;
        if (node is YamlSequence list && list.Items.Count > 0)
        {
            var codes = new List<int>();
            for (var i = 0; i < list.Items.Count; i++)
            {
                if (_values.Integer(list.Items[i], $"{path}[{i}]", codeShape) is { } code)
                {
                    codes.Add(code);
                }
            }

            return codes.Count == list.Items.Count ? new StatusExpectation(codes) : null;
        }

        if (node is YamlSequence)
        {
            _diagnostics.Add(node, path, "expected a status code or a non-empty list of them, e.g. [200, 201]");
            return null;
        }

        return _values.Integer(node, path, codeShape) is { } single ? new StatusExpectation([single]) : null;
    }

    private List<string> ReadNames(YamlNode node, string path)
    {
        var names = new List<string>();
        if (node is not YamlSequence list)
        {
            _diagnostics.Add(node, path, $"expected a list of names; got {node.Describe()}", ConfigDiagnostics.ValueOf(node));
            return names;
        }

        for (var i = 0; i < list.Items.Count; i++)
        {
            if (_values.Text(list.Items[i], $"{path}[{i}]") is { } name)
            {
                names.Add(name);
            }
        }

        return names;
    }
}
