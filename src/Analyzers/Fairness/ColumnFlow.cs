using System;
using System.Collections.Generic;
using AiFactory.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiFactory.Analyzers.Fairness
{
    /// <summary>
    /// The columns one method's ML.NET calls read and write: an edge per input of every transform (a method or
    /// constructor of ML.NET with <c>outputColumnName</c> and <c>inputColumnName(s)</c> parameters), and the features
    /// columns the trainers read (<c>featureColumnName</c>, <c>FeatureColumnName</c>, by default "Features").
    /// </summary>
    internal sealed class ColumnFlow
    {
        /// <summary>ML.NET's default features column.</summary>
        public const string DefaultFeatures = "Features";

        private readonly ColumnResolver _resolver;
        private readonly List<IOperation> _calls = new List<IOperation>();

        /// <summary>Creates an empty flow for one operation block.</summary>
        public ColumnFlow(ColumnResolver resolver)
        {
            _resolver = resolver;
        }

        /// <summary>The transforms' edges (after <see cref="Complete"/>).</summary>
        public List<ColumnEdge> Edges { get; } = new List<ColumnEdge>();

        /// <summary>Names of the features columns (after <see cref="Complete"/>).</summary>
        public HashSet<string> FeatureColumns { get; } = new HashSet<string>(StringComparer.Ordinal) { DefaultFeatures };

        /// <summary>Where the code names a features column explicitly (after <see cref="Complete"/>).</summary>
        public List<ColumnReference> FeatureColumnReferences { get; } = new List<ColumnReference>();

        /// <summary>Keeps an ML.NET invocation, creation or initializer assignment for <see cref="Complete"/>.</summary>
        public void Add(IOperation operation)
        {
            lock (_calls)
            {
                _calls.Add(operation);
            }
        }

        /// <summary>
        /// Resolves the kept operations once the whole block was seen (a local's value is known only then).
        /// </summary>
        public void Complete(LocalValues locals)
        {
            foreach (IOperation operation in _calls)
            {
                switch (operation)
                {
                    case IInvocationOperation invocation:
                        AddArguments(invocation.Arguments, locals);
                        break;
                    case IObjectCreationOperation creation:
                        AddArguments(creation.Arguments, locals);
                        break;
                    case ISimpleAssignmentOperation assignment:
                        Add(_resolver.Resolve(assignment.Value, locals));
                        break;
                }
            }
        }

        /// <summary>True when an operation may carry columns: ML.NET members with the parameter names transforms and trainers use.</summary>
        public static bool IsRelevant(IOperation operation)
        {
            switch (operation)
            {
                case IInvocationOperation invocation:
                    return MLNetTypes.IsMLNet(invocation.TargetMethod) && HasColumnParameters(invocation.TargetMethod);
                case IObjectCreationOperation creation:
                    return creation.Constructor != null && MLNetTypes.IsMLNet(creation.Constructor) && HasColumnParameters(creation.Constructor);
                case ISimpleAssignmentOperation assignment:
                    return assignment.Target is IMemberReferenceOperation member
                        && member.Member.Name == "FeatureColumnName"
                        && MLNetTypes.IsMLNet(member.Member);
                default:
                    return false;
            }
        }

        private static bool HasColumnParameters(IMethodSymbol method)
        {
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                if (parameter.Name == "outputColumnName" || parameter.Name == "featureColumnName")
                {
                    return true;
                }
            }

            return false;
        }

        private void AddArguments(IEnumerable<IArgumentOperation> arguments, LocalValues locals)
        {
            IArgumentOperation? output = null, input = null, inputs = null, features = null;
            foreach (IArgumentOperation argument in arguments)
            {
                switch (argument.Parameter?.Name)
                {
                    case "outputColumnName":
                        output = argument;
                        break;
                    case "inputColumnName":
                        input = argument;
                        break;
                    case "inputColumnNames":
                        inputs = argument;
                        break;
                    case "featureColumnName":
                        features = argument;
                        break;
                }
            }

            if (features != null && !features.IsMissingOrNull())
            {
                Add(_resolver.Resolve(features.Value, locals));
            }

            string? outputName = output == null ? null : _resolver.Resolve(output.Value, locals)?.Name;
            if (outputName == null)
            {
                return;
            }

            if (input != null && !input.IsMissingOrNull())
            {
                ColumnReference? read = _resolver.Resolve(input.Value, locals);
                if (read != null)
                {
                    Edges.Add(new ColumnEdge(outputName, read));
                }
            }

            if (inputs != null)
            {
                var read = new List<ColumnReference>();
                _resolver.ResolveMany(inputs.Value, locals, read);
                foreach (ColumnReference column in read)
                {
                    Edges.Add(new ColumnEdge(outputName, column));
                }
            }
        }

        private void Add(ColumnReference? features)
        {
            if (features != null)
            {
                FeatureColumns.Add(features.Name);
                FeatureColumnReferences.Add(features);
            }
        }
    }
}
