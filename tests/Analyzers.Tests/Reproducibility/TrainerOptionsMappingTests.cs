using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace AiFactory.Analyzers.Tests.Reproducibility;

/// <summary>
/// What the AIF1008 fix relies on when it rewrites an SDCA or SGD trainer called with separate arguments into its
/// options overload: every argument is the option of the same name (PascalCase), and the arguments left out have the
/// options' defaults. Checked on ML.NET itself: for every such overload, the trainer built from the arguments and the
/// trainer built from the options the fix writes have the same settings (columns, loss, every option but the
/// options' own copies of the loss and weight column, which the trainer keeps elsewhere).
/// </summary>
public sealed class TrainerOptionsMappingTests
{
    private static readonly HashSet<string> OptionsCopies = new(StringComparer.Ordinal)
    {
        "LossFunction", "<LossFunction>k__BackingField", "LossFunctionFactory", "Loss", "<Loss>k__BackingField", "ExampleWeightColumnName",
    };

    [Fact]
    public void Every_argument_of_the_SDCA_and_SGD_overloads_is_the_option_of_its_name_but_one_loss()
    {
        var ml = new MLContext(seed: 1);
        var unmapped = new List<string>();
        var compared = new List<string>();
        foreach (MethodInfo method in typeof(StandardTrainersCatalog).GetMethods(BindingFlags.Public | BindingFlags.Static)
                     .Where(m => (m.Name.StartsWith("Sdca", StringComparison.Ordinal) || m.Name.StartsWith("Sgd", StringComparison.Ordinal)) && !IsOptionsOverload(m)))
        {
            ParameterInfo[] parameters = method.GetParameters();
            Type catalogType = parameters[0].ParameterType;
            object catalog = Catalog(ml, catalogType);
            MethodInfo overload = typeof(StandardTrainersCatalog).GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Single(m => m.Name == method.Name && IsOptionsOverload(m) && m.GetParameters()[0].ParameterType == catalogType);
            Type optionsType = overload.GetParameters()[1].ParameterType;
            string name = $"{method.Name}({catalogType.Name})";

            // Nothing written: the overload's defaults are the options' defaults.
            object?[] defaults = parameters.Select((p, i) => i == 0 ? catalog : p.DefaultValue).ToArray();
            Assert.Equal(Settings(method.Invoke(null, defaults)!), Settings(overload.Invoke(null, new[] { catalog, Activator.CreateInstance(optionsType)! })!));

            // Every argument written, each with a value of its own, and the option of its name set to that value.
            object?[] arguments = (object?[])defaults.Clone();
            object options = Activator.CreateInstance(optionsType)!;
            for (int i = 1; i < parameters.Length; i++)
            {
                object value = Distinct(parameters[i], i);
                MemberInfo? member = optionsType.GetMember(char.ToUpperInvariant(parameters[i].Name![0]) + parameters[i].Name![1..], BindingFlags.Public | BindingFlags.Instance)
                    .SingleOrDefault(m => m is FieldInfo || (m is PropertyInfo p && p.CanWrite));
                if (member == null)
                {
                    unmapped.Add($"{name}.{parameters[i].Name}");
                    continue;
                }

                arguments[i] = value;
                if (member is FieldInfo field) field.SetValue(options, value);
                else ((PropertyInfo)member).SetValue(options, value);
            }

            Assert.Equal(Settings(method.Invoke(null, arguments)!), Settings(overload.Invoke(null, new[] { catalog, options })!));
            compared.Add(name);
        }

        Assert.Equal(7, compared.Count);
        Assert.Equal(new[] { "SdcaNonCalibrated(MulticlassClassificationTrainers).lossFunction" }, unmapped);
    }

    private static bool IsOptionsOverload(MethodInfo method) =>
        method.GetParameters().Length == 2 && method.GetParameters()[1].ParameterType.GetField("NumberOfThreads") != null;

    private static object Catalog(MLContext ml, Type type) =>
        type == typeof(BinaryClassificationCatalog.BinaryClassificationTrainers) ? ml.BinaryClassification.Trainers
        : type == typeof(MulticlassClassificationCatalog.MulticlassClassificationTrainers) ? ml.MulticlassClassification.Trainers
        : type == typeof(RegressionCatalog.RegressionTrainers) ? ml.Regression.Trainers
        : throw new InvalidOperationException("no catalog of type " + type);

    // A value no default has: column names after the parameter, numbers after its position, losses other than the default.
    private static object Distinct(ParameterInfo parameter, int position)
    {
        Type type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return type == typeof(string) ? "Column_" + parameter.Name
            : type == typeof(float) ? 0.125f * position
            : type == typeof(double) ? 0.0625 * position
            : type == typeof(int) ? 3 + position
            : type == typeof(ISupportSdcaRegressionLoss) ? new SquaredLoss()
            : type.IsAssignableFrom(typeof(HingeLoss)) ? new HingeLoss(2f)
            : throw new InvalidOperationException($"no distinct value for {parameter.Name} of type {type}");
    }

    /// <summary>What a trainer was configured with: its fields, the options and losses among them field by field.</summary>
    private static string Settings(object trainer)
    {
        var text = new StringBuilder();
        Describe(trainer, text, inOptions: false, depth: 0);
        return text.ToString();
    }

    private static void Describe(object value, StringBuilder text, bool inOptions, int depth)
    {
        for (Type? type = value.GetType(); type != null && type != typeof(object); type = type.BaseType)
        {
            foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (inOptions && OptionsCopies.Contains(field.Name))
                {
                    continue;
                }

                object? fieldValue = field.GetValue(value);
                text.Append(field.Name).Append('=');
                switch (fieldValue)
                {
                    case null:
                        text.Append("null");
                        break;
                    case string or bool or Enum:
                        text.Append(fieldValue);
                        break;
                    case IFormattable number when fieldValue.GetType().IsPrimitive:
                        text.Append(number.ToString(null, CultureInfo.InvariantCulture));
                        break;
                    case SchemaShape.Column column:
                        text.Append("column ").Append(column.Name);
                        break;
                    default:
                        Type fieldType = fieldValue.GetType();
                        bool options = fieldType.Name.Contains("Options", StringComparison.Ordinal);
                        if (depth < 2 && (options || fieldType.Namespace == typeof(HingeLoss).Namespace))
                        {
                            // The options object's own type may differ (the argument overloads make a base options type).
                            text.Append(options ? "options" : fieldType.Name).Append(" { ");
                            Describe(fieldValue, text, options, depth + 1);
                            text.Append('}');
                        }
                        else
                        {
                            text.Append(fieldType.Name); // hosts, schema metadata: the same kind in both
                        }

                        break;
                }

                text.Append("; ");
            }
        }
    }
}
