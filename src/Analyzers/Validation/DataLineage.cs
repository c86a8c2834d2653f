using System.Collections.Generic;
using AiFactory.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiFactory.Analyzers.Validation
{
    /// <summary>
    /// Which data views in one method come from which: <c>split.TestSet</c> from the data given to
    /// <c>TrainTestSplit</c>, a shuffled, filtered, cached or sampled view from its input, and a local from the view it
    /// was initialised with. Only locals that are never reassigned are followed.
    /// </summary>
    internal sealed class DataLineage
    {
        private const int MaxDepth = 8;

        private static readonly HashSet<string> SubsetOperations = new HashSet<string>
        {
            "ShuffleRows", "TakeRows", "SkipRows", "FilterRowsByColumn", "FilterRowsByKeyColumnFraction", "FilterRowsByMissingValues",
            "Cache", "BootstrapSample",
        };

        private readonly LocalValues _locals;

        /// <summary>Creates the lineage of a block.</summary>
        public DataLineage(LocalValues locals)
        {
            _locals = locals;
        }

        /// <summary>The key of a data view expression, or null when it is not a stable variable or member.</summary>
        public DataViewKey? KeyOf(IOperation value)
        {
            switch (value.WalkDownConversions())
            {
                case ILocalReferenceOperation local:
                    return _locals.IsReassigned(local.Local) ? null : new DataViewKey(local.Local, local.Local.Name);
                case IParameterReferenceOperation parameter:
                    return _locals.IsReassigned(parameter.Parameter) ? null : new DataViewKey(parameter.Parameter, parameter.Parameter.Name);
                case IMemberReferenceOperation member when member.Member is IFieldSymbol || member.Member is IPropertySymbol:
                    if (member.Instance == null || member.Instance is IInstanceReferenceOperation)
                    {
                        return new DataViewKey(member.Member, member.Member.Name);
                    }

                    DataViewKey? instance = KeyOf(member.Instance);
                    return instance == null ? null : new DataViewKey(instance.Root, instance.Path + "." + member.Member.Name);
                default:
                    return null;
            }
        }

        /// <summary>The key itself and every view it was taken from.</summary>
        public List<DataViewKey> Ancestry(DataViewKey key)
        {
            var ancestry = new List<DataViewKey> { key };
            DataViewKey? current = key;
            for (int depth = 0; depth < MaxDepth && current != null; depth++)
            {
                current = Parent(current);
                if (current == null || ancestry.Contains(current))
                {
                    break;
                }

                ancestry.Add(current);
            }

            return ancestry;
        }

        private DataViewKey? Parent(DataViewKey key)
        {
            IOperation? source = _locals.StableValue(key.Root)?.WalkDownConversions();
            if (source == null)
            {
                return null;
            }

            if (key.IsRoot)
            {
                // var shuffled = ml.Data.ShuffleRows(data); var view = data;
                if (source is IInvocationOperation call && SubsetOperations.Contains(call.TargetMethod.Name) && MLNetTypes.IsMLNet(call.TargetMethod))
                {
                    return FirstDataArgument(call);
                }

                return KeyOf(source);
            }

            // split.TrainSet and split.TestSet, where split = ml.Data.TrainTestSplit(data)
            bool directMember = key.Path.IndexOf('.') == key.Root.Name.Length && key.Path.LastIndexOf('.') == key.Root.Name.Length;
            return directMember && source is IInvocationOperation split && split.TargetMethod.Name == "TrainTestSplit" && MLNetTypes.IsMLNet(split.TargetMethod)
                ? FirstDataArgument(split)
                : null;
        }

        private DataViewKey? FirstDataArgument(IInvocationOperation call)
        {
            foreach (IArgumentOperation argument in call.Arguments)
            {
                if (argument.Parameter?.Type.Name == "IDataView")
                {
                    return KeyOf(argument.Value);
                }
            }

            return null;
        }
    }
}
