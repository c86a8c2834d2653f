using System;
using System.Collections.Generic;
using System.Threading;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Data
{
    /// <summary>One column of a <see cref="DataTable"/>: numbers (NaN = missing) or categories (null = missing).</summary>
    /// <remarks>
    /// A category column read from a file keeps each row as a code into its distinct values, not as a string: a
    /// million rows of a few values are 4 MB of integers rather than 8 MB of references, which the garbage collector
    /// would otherwise scan on every collection while the strings are young. <see cref="Categories"/> builds the strings
    /// the first time it is asked for; code that only needs to tell values apart uses the codes.
    /// </remarks>
    internal sealed class DataColumn
    {
        private string?[]? _categories;
        private CodedCategories? _levels;

        private DataColumn(string name, ColumnType type, bool typeInferred, double[]? numbers, string?[]? categories, CodedCategories? levels, int missingCount)
        {
            Name = name;
            Type = type;
            TypeInferred = typeInferred;
            Numbers = numbers;
            _categories = categories;
            _levels = levels;
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

            return new DataColumn(name, ColumnType.Number, typeInferred, numbers, null, null, missing);
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

            return new DataColumn(name, ColumnType.Category, typeInferred, null, categories, null, missing);
        }

        /// <summary>
        /// Creates a category column from codes: row r holds <c>values[codes[r]]</c>, or is missing when its code is −1.
        /// The column keeps <paramref name="codes"/>. Unless <paramref name="numberedAsRead"/> (every value is held by
        /// some row and numbered where it first appears), they are checked and renumbered in place as needed, so that
        /// <see cref="Coded"/> holds exactly the values the rows hold, in order of first appearance.
        /// </summary>
        internal static DataColumn FromCodes(string name, int[] codes, IReadOnlyList<string> values, bool typeInferred, bool numberedAsRead)
        {
            CodedCategories levels = numberedAsRead
                ? CodedCategories.FromNumbering(codes, values, out int missing)
                : CodedCategories.FromCodes(codes, values, out missing);
            return new DataColumn(name, ColumnType.Category, typeInferred, null, null, levels, missing);
        }

        /// <summary>The column name, exactly as in the header.</summary>
        public string Name { get; }

        /// <summary>Number or category.</summary>
        public ColumnType Type { get; }

        /// <summary>True when the type was inferred from the values (neither declared in data.columns nor forced by its role).</summary>
        public bool TypeInferred { get; }

        /// <summary>The values when <see cref="Type"/> is <see cref="ColumnType.Number"/>, else null; NaN marks a missing value.</summary>
        public double[]? Numbers { get; }

        /// <summary>
        /// The values when <see cref="Type"/> is <see cref="ColumnType.Category"/>, else null; null marks a missing value.
        /// Equal values are one string object. Built on first use for a column read from a file; not to be modified.
        /// </summary>
        public string?[]? Categories
        {
            get
            {
                if (Type != ColumnType.Category) return null;
                string?[]? categories = Volatile.Read(ref _categories);
                if (categories != null) return categories;
                string?[] built = Coded!.Expand();
                return Interlocked.CompareExchange(ref _categories, built, null) ?? built;
            }
        }

        /// <summary>
        /// A category column's distinct values in order of first appearance and each row's code among them (−1 when
        /// missing); null for a number column. Computed on first use for a column made from strings.
        /// </summary>
        internal CodedCategories? Coded
        {
            get
            {
                if (Type != ColumnType.Category) return null;
                CodedCategories? levels = Volatile.Read(ref _levels);
                if (levels != null) return levels;
                CodedCategories built = CodedCategories.FromValues(_categories!);
                return Interlocked.CompareExchange(ref _levels, built, null) ?? built;
            }
        }

        /// <summary>How many rows have no value (a missing-value marker in the file).</summary>
        public int MissingCount { get; }

        /// <summary>The number of rows.</summary>
        public int Length => Numbers?.Length ?? _categories?.Length ?? _levels!.Codes.Length;

        /// <summary>True when the value of a row is missing.</summary>
        public bool IsMissing(int row)
        {
            if (Numbers != null) return double.IsNaN(Numbers[row]);
            string?[]? categories = Volatile.Read(ref _categories);
            return categories != null ? categories[row] is null : _levels!.Codes[row] < 0;
        }
    }
}
