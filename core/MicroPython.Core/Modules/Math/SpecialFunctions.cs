using System;

namespace MicroPython.Modules.Math;

/// <summary>
/// erf, erfc, gamma and lgamma, which .NET's Math lacks: a power series and a continued fraction for the error
/// function, the Lanczos approximation (g = 7, nine terms) for gamma. Accurate to a few units in the last place of a
/// double; results that are exact integers (gamma of small positive integers) are computed exactly.
/// </summary>
internal static class SpecialFunctions
{
    private const double SqrtPi = 1.7724538509055160273;

    // Lanczos coefficients for g = 7, n = 9 (the widely published set).
    private static readonly double[] s_lanczos =
    {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    };

    public static double Erf(double x)
    {
        if (double.IsNaN(x))
        {
            return x;
        }

        double a = System.Math.Abs(x);
        if (a < 1.5)
        {
            return ErfSeries(x);
        }

        double r = 1 - ErfcContinuedFraction(a);
        return x < 0 ? -r : r;
    }

    public static double Erfc(double x)
    {
        if (double.IsNaN(x))
        {
            return x;
        }

        if (x < 1.5)
        {
            return x > -1.5 ? 1 - ErfSeries(x) : 2 - ErfcContinuedFraction(-x);
        }

        return ErfcContinuedFraction(x);
    }

    /// <summary>erf(x) = 2/√π · Σ (−1)ⁿ x^(2n+1) / (n! (2n+1)) for small |x|.</summary>
    private static double ErfSeries(double x)
    {
        double x2 = x * x;
        double term = x;
        double sum = x;
        for (int n = 1; n < 100; n++)
        {
            term *= -x2 / n;
            double add = term / ((2 * n) + 1);
            sum += add;
            if (System.Math.Abs(add) < 1e-17 * System.Math.Abs(sum))
            {
                break;
            }
        }

        return 2 / SqrtPi * sum;
    }

    /// <summary>erfc(x) for x ≥ 1.5: e^(−x²)/√π · 1/(x + ½/(x + 1/(x + 3⁄2/(x + …)))), evaluated from the tail.</summary>
    private static double ErfcContinuedFraction(double x)
    {
        if (x > 27)
        {
            return 0.0;
        }

        double f = x;
        for (int n = 120; n >= 1; n--)
        {
            f = x + (n / 2.0 / f);
        }

        return System.Math.Exp(-x * x) / (SqrtPi * f);
    }

    public static double Gamma(double x)
    {
        if (double.IsNaN(x) || x == double.PositiveInfinity)
        {
            return x;
        }

        if (x == double.NegativeInfinity || (x <= 0 && x == System.Math.Floor(x)))
        {
            return double.NaN; // poles and -inf: a domain error
        }

        if (x == System.Math.Floor(x) && x <= 171)
        {
            double product = 1;
            for (int i = 2; i < (int)x; i++)
            {
                product *= i;
            }

            return product;
        }

        if (x < 0.5)
        {
            return System.Math.PI / (System.Math.Sin(System.Math.PI * x) * Gamma(1 - x));
        }

        if (x > 171.7)
        {
            return double.PositiveInfinity;
        }

        double t = x + 6.5; // x - 1 + g + 0.5
        double series = LanczosSeries(x - 1);

        // Split the power so t^(x-0.5) does not overflow before the exponential brings it back.
        double half = System.Math.Pow(t, (x - 0.5) / 2);
        return System.Math.Sqrt(2 * System.Math.PI) * half * (half * System.Math.Exp(-t)) * series;
    }

    public static double LogGamma(double x)
    {
        if (double.IsNaN(x))
        {
            return x;
        }

        if (double.IsInfinity(x))
        {
            return double.PositiveInfinity;
        }

        if (x <= 0 && x == System.Math.Floor(x))
        {
            return double.PositiveInfinity; // a pole: inf from a finite argument, a domain error
        }

        if (x == 1 || x == 2)
        {
            return 0.0;
        }

        if (x < 0.5)
        {
            return System.Math.Log(System.Math.PI / System.Math.Abs(System.Math.Sin(System.Math.PI * x))) - LogGamma(1 - x);
        }

        double t = x + 6.5;
        return (0.5 * System.Math.Log(2 * System.Math.PI)) + ((x - 0.5) * System.Math.Log(t)) - t + System.Math.Log(LanczosSeries(x - 1));
    }

    private static double LanczosSeries(double z)
    {
        double sum = s_lanczos[0];
        for (int i = 1; i < s_lanczos.Length; i++)
        {
            sum += s_lanczos[i] / (z + i);
        }

        return sum;
    }
}
