using System;
using MicroPython.Bytecode;
using MicroPython.Compiler.Ast;

namespace MicroPython.Compiler;

/// <summary>
/// Compiles Python source (or a syntax tree) to MicroPython bytecode: the file-local qstr table, the constant
/// table and the raw-code tree exactly as a .mpy file stores them.
/// </summary>
public static class PythonCompiler
{
    /// <summary>Parses and compiles <paramref name="source"/>.</summary>
    /// <exception cref="CompileException">A syntax error found by the parser or the compiler.</exception>
    /// <exception cref="InvalidOperationException">A jump too long for the bytecode (<c>RuntimeError: bytecode overflow</c>).</exception>
    public static CompiledModule Compile(string source, string fileName, CompileMode mode, CompileOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(fileName);
        Node tree = Parser.Parse(source, fileName, mode);
        return Compile(tree, fileName, mode, options);
    }

    /// <summary>
    /// Compiles a tree: a <see cref="Module"/> for <see cref="CompileMode.Exec"/>/<see cref="CompileMode.Single"/>
    /// (or a module marked interactive), an <see cref="ExpressionModule"/> for <see cref="CompileMode.Eval"/>.
    /// </summary>
    /// <exception cref="CompileException">A syntax error found by the compiler (with the scope's name as block).</exception>
    public static CompiledModule Compile(Node tree, string fileName, CompileMode mode, CompileOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(fileName);
        return CodeGenerator.Compile(tree, fileName, mode, options ?? CompileOptions.Default);
    }
}
