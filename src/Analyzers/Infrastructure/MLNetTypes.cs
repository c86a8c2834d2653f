using Microsoft.CodeAnalysis;

namespace AiFactory.Analyzers.Infrastructure
{
    /// <summary>
    /// The ML.NET and AiFactory types the rules recognise, resolved once per compilation. A compilation without
    /// ML.NET has no <see cref="MLContext"/>, and the ML.NET rules register nothing for it.
    /// </summary>
    internal sealed class MLNetTypes
    {
        private MLNetTypes(Compilation compilation, INamedTypeSymbol mlContext)
        {
            MLContext = mlContext;
            DataView = compilation.GetTypeByMetadataName("Microsoft.ML.IDataView");
            Transformer = compilation.GetTypeByMetadataName("Microsoft.ML.ITransformer");
            DataOperationsCatalog = compilation.GetTypeByMetadataName("Microsoft.ML.DataOperationsCatalog");
            TrainTestData = compilation.GetTypeByMetadataName("Microsoft.ML.DataOperationsCatalog+TrainTestData");
            ColumnNameAttribute = compilation.GetTypeByMetadataName("Microsoft.ML.Data.ColumnNameAttribute");
            SdcaTrainerBase = compilation.GetTypeByMetadataName("Microsoft.ML.Trainers.SdcaTrainerBase`3");
            SgdTrainerBase = compilation.GetTypeByMetadataName("Microsoft.ML.Trainers.SgdBinaryTrainerBase`1");
            ModelContext = compilation.GetTypeByMetadataName("AiFactory.ModelContext");
        }

        /// <summary>Microsoft.ML.MLContext.</summary>
        public INamedTypeSymbol MLContext { get; }

        /// <summary>Microsoft.ML.IDataView.</summary>
        public INamedTypeSymbol? DataView { get; }

        /// <summary>Microsoft.ML.ITransformer.</summary>
        public INamedTypeSymbol? Transformer { get; }

        /// <summary>Microsoft.ML.DataOperationsCatalog (<c>ml.Data</c>).</summary>
        public INamedTypeSymbol? DataOperationsCatalog { get; }

        /// <summary>What TrainTestSplit returns.</summary>
        public INamedTypeSymbol? TrainTestData { get; }

        /// <summary>Microsoft.ML.Data.ColumnNameAttribute.</summary>
        public INamedTypeSymbol? ColumnNameAttribute { get; }

        /// <summary>The base of the SDCA trainers.</summary>
        public INamedTypeSymbol? SdcaTrainerBase { get; }

        /// <summary>The base of the SGD trainers.</summary>
        public INamedTypeSymbol? SgdTrainerBase { get; }

        /// <summary>AiFactory.ModelContext, what the factory gives BuildPipeline (null outside a governed project).</summary>
        public INamedTypeSymbol? ModelContext { get; }

        /// <summary>The types, or null when the compilation does not reference ML.NET.</summary>
        public static MLNetTypes? TryCreate(Compilation compilation)
        {
            INamedTypeSymbol? mlContext = compilation.GetTypeByMetadataName("Microsoft.ML.MLContext");
            return mlContext == null ? null : new MLNetTypes(compilation, mlContext);
        }

        /// <summary>True for a member declared in one of ML.NET's assemblies.</summary>
        public static bool IsMLNet(ISymbol symbol)
        {
            string? assembly = symbol.ContainingAssembly?.Name;
            return assembly != null && (assembly == "Microsoft.ML" || assembly.StartsWith("Microsoft.ML.", System.StringComparison.Ordinal));
        }

        /// <summary>True when <paramref name="type"/> is or derives from <paramref name="baseType"/> (generic definitions compared).</summary>
        public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
        {
            if (baseType == null)
            {
                return false;
            }

            for (ITypeSymbol? current = type; current != null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when <paramref name="type"/> is <paramref name="target"/> or implements it.</summary>
        public static bool IsOrImplements(ITypeSymbol? type, INamedTypeSymbol? target)
        {
            if (type == null || target == null)
            {
                return false;
            }

            if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, target))
            {
                return true;
            }

            foreach (INamedTypeSymbol implemented in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, target))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
