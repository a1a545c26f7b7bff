using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace MicroPython.Objects;

/// <summary>
/// Full Unicode case mapping for <c>str</c> methods, as CPython does it: .NET's invariant per-character mappings plus
/// the entries they lack (<see cref="Table"/>, generated from CPython's unicodedata by gen_unicode_casing.py):
/// multi-character results (<c>'ß'.upper() == 'SS'</c>), titlecase that differs from uppercase (<c>'ǆ'</c> →
/// <c>'ǅ'</c>), full case folding, and the final-sigma rule of <c>lower()</c>. MicroPython maps ASCII letters only;
/// CPython's behaviour is the one users expect.
/// </summary>
internal static partial class UnicodeCasing
{
    public const int Upper = 0;
    public const int Lower = 1;
    public const int Title = 2;
    public const int Fold = 3;

    private const int FirstSpecial = 0xB5;
    private const int CapitalSigma = 0x3A3;

    private static Dictionary<int, string[]>? s_special;

    /// <summary>Appends the <paramref name="column"/> mapping (Upper, Lower, Title or Fold) of code point <paramref name="cp"/>.</summary>
    public static void Append(StringBuilder sb, int cp, int column)
    {
        if (cp >= FirstSpecial && Special.TryGetValue(cp, out var entry))
        {
            sb.Append(entry[column]);
            return;
        }

        if (!Rune.IsValid(cp))
        {
            // A lone surrogate has no case.
            sb.Append((char)cp);
            return;
        }

        var r = new Rune(cp);
        StrObject.AppendCodePoint(sb, (column == Upper || column == Title ? Rune.ToUpperInvariant(r) : Rune.ToLowerInvariant(r)).Value);
    }

    /// <summary>The lowercase of the capital sigma at UTF-16 index <paramref name="i"/>: final 'ς' at the end of a word, else 'σ'.</summary>
    public static char LowerSigma(string s, int i)
    {
        // Final_Sigma: a cased letter before it (skipping case-ignorables) and none after it.
        int j = i;
        int before = -1;
        while (j > 0)
        {
            int cp = PreviousCodePoint(s, ref j);
            if (!IsCaseIgnorable(cp))
            {
                before = cp;
                break;
            }
        }

        if (before < 0 || !IsCased(before))
        {
            return 'σ';
        }

        int k = i + 1;
        while (k < s.Length)
        {
            int cp = StrObject.CodePointAt(s, k, out int w);
            k += w;
            if (!IsCaseIgnorable(cp))
            {
                return IsCased(cp) ? 'σ' : 'ς';
            }
        }

        return 'ς';
    }

    /// <summary>Whether <paramref name="cp"/> is the capital sigma, whose lowercase depends on its neighbours.</summary>
    public static bool IsCapitalSigma(int cp) => cp == CapitalSigma;

    /// <summary>Unicode's Cased property, approximated by the letter case categories.</summary>
    public static bool IsCased(int cp)
    {
        if (!Rune.IsValid(cp))
        {
            return false;
        }

        var r = new Rune(cp);
        return Rune.IsUpper(r) || Rune.IsLower(r) || Rune.GetUnicodeCategory(r) == UnicodeCategory.TitlecaseLetter;
    }

    private static bool IsCaseIgnorable(int cp)
    {
        switch (cp)
        {
            case '\'':
            case '.':
            case ':':
            case 0xB7:
            case 0x2018:
            case 0x2019:
            case 0x2024:
            case 0xFE52:
            case 0xFF07:
            case 0xFF0E:
                return true;
        }

        if (!Rune.IsValid(cp))
        {
            return false;
        }

        return Rune.GetUnicodeCategory(new Rune(cp)) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;
    }

    private static int PreviousCodePoint(string s, ref int index)
    {
        index--;
        char c = s[index];
        if (char.IsLowSurrogate(c) && index > 0 && char.IsHighSurrogate(s[index - 1]))
        {
            index--;
            return char.ConvertToUtf32(s[index], c);
        }

        return c;
    }

    private static Dictionary<int, string[]> Special => s_special ??= Parse();

    private static Dictionary<int, string[]> Parse()
    {
        var map = new Dictionary<int, string[]>(400);
        foreach (var line in Table.AsSpan().EnumerateLines())
        {
            if (line.IsEmpty)
            {
                continue;
            }

            int cp = -1;
            var columns = new string[4];
            int field = 0;
            foreach (var part in line.Split(';'))
            {
                var text = line[part];
                if (field == 0)
                {
                    cp = int.Parse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                }
                else
                {
                    columns[field - 1] = Decode(text);
                }

                field++;
            }

            map[cp] = columns;
        }

        return map;
    }

    private static string Decode(ReadOnlySpan<char> hexCodePoints)
    {
        var sb = new StringBuilder(4);
        foreach (var part in hexCodePoints.Split(' '))
        {
            StrObject.AppendCodePoint(sb, int.Parse(hexCodePoints[part], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }
}
