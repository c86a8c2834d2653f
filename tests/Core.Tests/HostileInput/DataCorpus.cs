using System.Text;
using AiFactory.Core.Data;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.HostileInput;

/// <summary>
/// One hostile data file: its name, its bytes, how it is read (<see cref="Read"/>, as the build reads data), and the
/// error it must give — <see cref="Code"/> at <see cref="Line"/>,<see cref="Column"/> of the file (column 0: the whole
/// line), with "Fix:" in its message.
/// </summary>
internal sealed record DataCase(string Name, string Input, byte[] Bytes, string Code, int Line, int Column, Action<string> Read)
{
    public override string ToString() => Name;
}

/// <summary>
/// The hostile-input corpus of data files, the data reader's half of the corpus (manifests, policies, waivers and links
/// are Manifest.Tests' HostileInput/HostileCorpus). A reviewer reads this list: case, input, code, line and column.
/// </summary>
internal static class DataCorpus
{
    private const string Header = "age,income,label\n";

    /// <summary>The place in a manifest the declarations and the positive class point at.</summary>
    private static readonly SourceLocation ManifestLine = new("/repo/model/aifactory.json", 6, 17);

    private static readonly CsvReadOptions Options = new() { RequiredColumns = new[] { "age", "label" } };

    private static void Csv(string path) => CsvTableReader.Read(path, Options);

    private static void Declared(string path) =>
        CsvTableReader.Read(path, new CsvReadOptions { DeclaredColumns = new[] { new ColumnDeclaration("income", ColumnType.Number, ManifestLine) } });

    private static void Labels(string path) =>
        LabelEncoder.ToBooleans(CsvTableReader.Read(path, Options), "label", "yes", ManifestLine);

    private static void Scores(string path)
    {
        var manifest = new ModelManifest { FilePath = "/repo/model/aifactory.json", Directory = "/repo/model" };
        manifest.Data.TestPath = path;
        manifest.Data.Label = "label";
        manifest.Data.Positive = "yes";
        manifest.Data.Score = "score";
        PredictionsLoader.Load(manifest);
    }

    private static DataCase Text(string name, string text, string code, int line, int column, Action<string>? read = null) =>
        new(name, text.Length <= 120 ? text.Replace("\n", "⏎", StringComparison.Ordinal) : $"{text.Length:N0} characters", Encoding.UTF8.GetBytes(text), code, line, column, read ?? Csv);

    private static DataCase Bytes(string name, string input, byte[] bytes, string code, int line, int column) => new(name, input, bytes, code, line, column, Csv);

    public static IReadOnlyList<DataCase> Cases { get; } = new List<DataCase>
    {
        Text("data: empty file", "", "AIF3002", 1, 0),
        Bytes("data: only a byte order mark", "EF BB BF", new byte[] { 0xEF, 0xBB, 0xBF }, "AIF3002", 1, 0),
        Text("data: only blank lines", "\n \n\n", "AIF3002", 1, 0),
        Text("data: a header and no rows", Header, "AIF3002", 1, 0),
        Text("data: blank lines above the header", "\n\n" + Header + "31,52000,yes\n", "AIF3010", 1, 0),
        Text("data: a required column missing", "age,income,lable\n31,52000,yes\n", "AIF3003", 1, 0),
        Text("data: a column named twice", "age,income,age,label\n31,52000,31,yes\n", "AIF3009", 1, 12),
        Text("data: a ragged row, one field too many", Header + "31,52000,yes\n45,61000,no,extra\n", "AIF3005", 3, 0),
        Text("data: a ragged row, one field short", Header + "31,52000,yes\n45,61000\n", "AIF3005", 3, 0),
        Text("data: a blank line between rows", Header + "31,52000,yes\n\n45,61000,no\n", "AIF3005", 3, 0),
        Text("data: a quote never closed", Header + "31,52000,yes\n45,\"61000,no\n28,39000,yes\n", "AIF3010", 3, 4),
        Text("data: text after a closing quote", Header + "31,52000,yes\n45,\"61000\"x,no\n", "AIF3010", 3, 11),
        Text("data: a NUL byte", Header + "31,52000,yes\n45,61\u00000,no\n", "AIF3010", 3, 6),
        Bytes("data: Latin-1, not UTF-8", "age,income,label⏎31,52000,oui⏎45,61000,non caf\\xE9⏎", Encoding.Latin1.GetBytes(Header + "31,52000,yes\n45,61000,café\n"), "AIF3010", 3, 0),
        Bytes("data: UTF-16 without a byte order mark", "UTF-16LE, no BOM", new UnicodeEncoding(false, false).GetBytes(Header + "31,52000,yes\n"), "AIF3010", 1, 2),
        Text("data: a record past the size limit", Header + "31,52000,yes\n45,\"" + new string('x', CsvTableReader.MaxRecordChars + 10) + "\",no\n", "AIF3010", 3, 0),
        Text("data: text in a declared number column", Header + "31,52000,yes\n45,lots,no\n", "AIF3004", 3, 4, Declared),
        Text("data: NaN in a declared number column", Header + "31,52000,yes\n45,NaN,no\n", "AIF3004", 3, 4, Declared),
        Text("data: a label that is neither class", Header + "31,52000,yes\n45,61000,no\n28,39000,maybe\n", "AIF3006", 4, 10, Labels),
        Text("data: a 10 MB label", Header + "31,52000,yes\n45,61000,no\n28,39000," + new string('x', 10 * 1024 * 1024) + "\n", "AIF3006", 4, 10, Labels),
        Text("data: a score above 1", "age,label,score\n31,yes,0.5\n45,no,1.5\n", "AIF3008", 3, 7, Scores),
        Text("data: a negative score", "age,label,score\n31,yes,0.5\n45,no,-0.01\n", "AIF3008", 3, 7, Scores),
        Text("data: a score that is not a number", "age,label,score\n31,yes,0.5\n45,no,high\n", "AIF3008", 3, 7, Scores),
    };

}
