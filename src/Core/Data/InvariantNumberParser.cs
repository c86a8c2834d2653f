namespace AiFactory.Core.Data
{
    /// <summary>
    /// Parses the common shape of a number, <c>[+-]digits[.digits][(e|E)[+-]digits]</c>, from chars without making a
    /// string; anything else goes to double.TryParse (NumberStyles.Float, invariant culture), so the accepted language is
    /// exactly that of double.TryParse. netstandard2.0 has no span overload of double.TryParse, and Sylvan's GetDouble
    /// is about three times slower than this on large files.
    /// </summary>
    internal static class InvariantNumberParser
    {
        private const ulong MaxExactMantissa = 1UL << 53;

        private static readonly double[] PowersOfTen =
        {
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        };

        /// <summary>Parses <paramref name="length"/> chars as a number with NumberStyles.Float in the invariant culture.</summary>
        public static bool TryParse(char[] chars, int length, out double value)
        {
            if (TryParseFast(chars, length, out value)) return true;
            return double.TryParse(new string(chars, 0, length), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out value);
        }

        /// <summary>
        /// The fast path: true with the correctly rounded value when the text has the common shape and its decimal
        /// mantissa and exponent are small enough that one IEEE multiplication or division is exact-then-rounded
        /// (Clinger's fast path: mantissa ≤ 2^53 and |exponent| ≤ 22). False means "not decided here", never "invalid".
        /// </summary>
        public static bool TryParseFast(char[] chars, int length, out double value)
        {
            value = 0;
            int i = 0;
            bool negative = false;
            if (i < length && (chars[i] == '-' || chars[i] == '+'))
            {
                negative = chars[i] == '-';
                i++;
            }

            ulong mantissa = 0;
            int significantDigits = 0;
            int digits = 0;
            int exponent = 0;
            while (i < length && IsDigit(chars[i]))
            {
                if (!Accumulate(chars[i], ref mantissa, ref significantDigits)) return false;
                digits++;
                i++;
            }

            if (i < length && chars[i] == '.')
            {
                i++;
                while (i < length && IsDigit(chars[i]))
                {
                    if (!Accumulate(chars[i], ref mantissa, ref significantDigits)) return false;
                    exponent--;
                    digits++;
                    i++;
                }
            }

            if (digits == 0) return false;
            if (i < length && (chars[i] == 'e' || chars[i] == 'E'))
            {
                i++;
                bool negativeExponent = false;
                if (i < length && (chars[i] == '-' || chars[i] == '+'))
                {
                    negativeExponent = chars[i] == '-';
                    i++;
                }

                int explicitExponent = 0;
                int exponentDigits = 0;
                while (i < length && IsDigit(chars[i]))
                {
                    if (explicitExponent > 1000) return false;
                    explicitExponent = explicitExponent * 10 + (chars[i] - '0');
                    exponentDigits++;
                    i++;
                }

                if (exponentDigits == 0) return false;
                exponent += negativeExponent ? -explicitExponent : explicitExponent;
            }

            if (i != length || mantissa > MaxExactMantissa) return false;
            double result = mantissa;
            if (mantissa != 0)
            {
                if (exponent < -22 || exponent > 22) return false;
                result = exponent < 0 ? result / PowersOfTen[-exponent] : result * PowersOfTen[exponent];
            }

            value = negative ? -result : result;
            return true;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        /// <summary>Adds a digit to the mantissa; false when it would need more than 19 significant digits.</summary>
        private static bool Accumulate(char digit, ref ulong mantissa, ref int significantDigits)
        {
            if (mantissa == 0 && digit == '0') return true; // leading zeros carry no information
            if (++significantDigits > 19) return false;
            mantissa = mantissa * 10 + (ulong)(digit - '0');
            return true;
        }
    }
}
