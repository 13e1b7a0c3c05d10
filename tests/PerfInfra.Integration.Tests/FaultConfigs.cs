using System.Globalization;

namespace PerfInfra.Integration.Tests;

/// <summary>Small configs for runs against loopback test servers: 2 users, 1 s, one GET step.</summary>
internal static class FaultConfigs
{
    public const string ErrorRateThreshold = "error_rate < 1%";
    public const string LatencyThreshold = "p95 < 1000ms";

    public static string Api(
        string baseUrl,
        string timeout = "5s",
        string duration = "1s",
        int users = 2,
        string thinkTime = "10ms",
        string extraThresholds = "",
        string auth = "") => string.Create(CultureInfo.InvariantCulture, $$"""
        version: 1
        default_profile: fault
        target:
          base_url: {{baseUrl}}
          allow_hosts: [127.0.0.1]
          timeout: {{timeout}}
          {{auth}}
        profiles:
          fault:
            api: { model: closed, users: {{users}}, ramp_up: 0s, duration: {{duration}}, ramp_down: 0s }
        suites:
          api:
            think_time: {{thinkTime}}
            thresholds: ["{{ErrorRateThreshold}}", "{{LatencyThreshold}}"{{extraThresholds}}]
            scenarios:
              - name: fetch
                steps:
                  - { name: resource, get: /resource }
        """);
}
