namespace MicroPython.Sdk.Tools;

/// <summary>
/// The <c>-O</c> argument as MicroPython's tools read it (the <c>micropython</c> launcher and <c>mpy-cross</c>
/// share it): <c>-O</c>, <c>-OO</c> … count the O's; <c>-O&lt;digit&gt;</c> takes only the first digit; other
/// text after it is ignored.
/// </summary>
public static class OptimizationLevelArgument
{
    /// <summary>The optimisation level an argument starting with <c>-O</c> asks for.</summary>
    public static int Parse(string argument)
    {
        if (argument.Length > 2 && char.IsAsciiDigit(argument[2]))
        {
            return argument[2] - '0';
        }

        int n = 0;
        for (int i = 1; i < argument.Length && argument[i] == 'O'; i++)
        {
            n++;
        }

        return n;
    }
}
