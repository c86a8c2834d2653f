using System;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Data
{
    /// <summary>One column of a <see cref="DataTable"/>: numbers (NaN = missing) or categories (null = missing).</summary>
    public sealed class DataColumn
    {
        private DataColumn(string name, ColumnType type, bool typeInferred, double[]? numbers, string?[]? categories, int missingCount)
        {
            Name = name;
            Type = type;
            TypeInferred = typeInferred;
            Numbers = numbers;
            Categories = categories;
            MissingCount = missingCount;
        }

        /// <summary>Creates a number column; NaN marks a missing value, every other value must be finite.</summary>
        /// <param name="name">The column name as in the header.</param>
        /// <param name="numbers">One value per row (the column keeps this array).</param>
        /// <param name="typeInferred">True when the type was inferred from the values rather than declared.</param>
        public static DataColumn FromNumbers(string name, double[] numbers, bool typeInferred)
        {
            if (name is null) throw new ArgumentNullException(nameof(name));
            if (numbers is null) throw new ArgumentNullException(nameof(numbers));
            int missing = 0;
            for (int i = 0; i < numbers.Length; i++)
            {
                double value = numbers[i];
                if (double.IsNaN(value)) missing++;
                else if (double.IsInfinity(value))
                    throw new ArgumentException($"Row {i} of column '{name}' is infinite; numbers must be finite (NaN marks a missing value).", nameof(numbers));
            }

            return new DataColumn(name, ColumnType.Number, typeInferred, numbers, null, missing);
        }

        /// <summary>Creates a category column; null marks a missing value.</summary>
        /// <param name="name">The column name as in the header.</param>
        /// <param name="categories">One value per row (the column keeps this array).</param>
        /// <param name="typeInferred">True when the type was inferred from the values rather than declared.</param>
        public static DataColumn FromCategories(string name, string?[] categories, bool typeInferred)
        {
            if (name is null) throw new ArgumentNullException(nameof(name));
            if (categories is null) throw new ArgumentNullException(nameof(categories));
            int missing = 0;
            foreach (string? value in categories)
            {
                if (value is null) missing++;
            }

            return new DataColumn(name, ColumnType.Category, typeInferred, null, categories, missing);
        }

        /// <summary>The column name, exactly as in the header.</summary>
        public string Name { get; }

        /// <summary>Number or category.</summary>
        public ColumnType Type { get; }

        /// <summary>True when the type was inferred from the values (neither declared in data.columns nor forced by its role).</summary>
        public bool TypeInferred { get; }

        /// <summary>The values when <see cref="Type"/> is <see cref="ColumnType.Number"/>, else null; NaN marks a missing value.</summary>
        public double[]? Numbers { get; }

        /// <summary>The values when <see cref="Type"/> is <see cref="ColumnType.Category"/>, else null; null marks a missing value.</summary>
        public string?[]? Categories { get; }

        /// <summary>How many rows have no value (a missing-value marker in the file).</summary>
        public int MissingCount { get; }

        /// <summary>The number of rows.</summary>
        public int Length => Numbers?.Length ?? Categories!.Length;

        /// <summary>True when the value of a row is missing.</summary>
        public bool IsMissing(int row) => Numbers != null ? double.IsNaN(Numbers[row]) : Categories![row] is null;
    }
}
