namespace AiFactory.Testing.Tests.TestSupport;

/// <summary>results.json texts in the shape the build writes (docs/results.md), for the gates a test needs.</summary>
public static class ResultsJson
{
    /// <summary>A gate entry; <paramref name="value"/> and <paramref name="threshold"/> as JSON numbers.</summary>
    public static string Gate(string id, string metric, string value, string threshold, string comparison, string status, int line, int column,
        string? code, string message) => $$"""
        {
          "id": "{{id}}", "kind": "metric", "metric": "{{metric}}", "value": {{value}}, "judgedValue": {{value}},
          "interval": null, "threshold": {{threshold}}, "comparison": "{{comparison}}", "status": "{{status}}",
          "location": { "file": "aifactory.json", "line": {{line}}, "column": {{column}} },
          "code": {{(code is null ? "null" : "\"" + code + "\"")}}, "message": "{{message}}", "baselineValue": null
        }
        """;

    /// <summary>A whole results.json with these gates.</summary>
    public static string With(params string[] gates) => With(1, gates);

    /// <summary>A whole results.json of a schema version with these gates.</summary>
    public static string With(int schemaVersion, params string[] gates) => $$"""
        {
          "schemaVersion": {{schemaVersion}},
          "model": { "name": "LoanApproval", "task": "binary-classification", "source": "mlnet", "owners": [], "intendedUse": null, "threshold": 0.5, "seed": 42 },
          "packageVersion": "0.1.0",
          "gates": [{{string.Join(",", gates)}}],
          "settings": { "gateSeverity": "warning", "skippedStages": [] },
          "passed": false
        }
        """;
}
