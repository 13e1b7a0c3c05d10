namespace PerfInfra.Lambdas.Tests.Support;

/// <summary>
/// A small deployed config for handler tests: one scenario, thresholds any healthy loopback run passes
/// even on a CI machine shared by several builds (these tests prove the pipeline, not the target's speed).
/// </summary>
internal static class TestConfigs
{
    public const string Key = "config/load-test-config.yaml";

    public const string Yaml = """
        version: 1
        default_profile: full
        target:
          base_url: demo
          allow_hosts: [127.0.0.1, localhost]
          timeout: 5s
        profiles:
          full:
            api: { model: constant_arrival_rate, rate: 20/s, duration: 2s, max_in_flight: 10 }
        suites:
          api:
            thresholds:
              - "p95 < 10s"
              - "error_rate < 50%"
            scenarios:
              - name: browse
                weight: 1
                steps:
                  - { name: list products, get: "/api/products?page=1" }
        """;

    public static InMemoryObjectStore StoreWithConfig()
    {
        var store = new InMemoryObjectStore();
        store.Objects[Key] = (Yaml, "application/yaml");
        return store;
    }
}
