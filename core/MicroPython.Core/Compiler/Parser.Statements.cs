using System.Collections.Generic;
using System.Text;
using MicroPython.Compiler.Ast;

namespace MicroPython.Compiler;

public sealed partial class Parser
{
    /// <summary>One statement: a compound statement, or a line of simple statements separated by ';'.</summary>
    private void ParseStatement(List<Stmt> into)
    {
        switch (Kind)
        {
            case TokenKind.If:
                into.Add(ParseIf());
                break;
            case TokenKind.While:
                into.Add(ParseWhile());
                break;
            case TokenKind.For:
                into.Add(ParseFor(null));
                break;
            case TokenKind.Try:
                into.Add(ParseTry());
                break;
            case TokenKind.With:
                into.Add(ParseWith(null));
                break;
            case TokenKind.Def:
                into.Add(ParseFunctionDef(new List<Expr>(), null));
                break;
            case TokenKind.Class:
                into.Add(ParseClassDef(new List<Expr>()));
                break;
            case TokenKind.At:
                into.Add(ParseDecorated());
                break;
            case TokenKind.Async:
                into.Add(ParseAsync(new List<Expr>()));
                break;
            case TokenKind.Indent:
                throw Error(Current.Line, "unexpected indent", CompileErrorKind.IndentationError);
            default:
                ParseSimpleStatements(into);
                break;
        }
    }

    private void ParseSimpleStatements(List<Stmt> into)
    {
        while (true)
        {
            into.Add(ParseSimpleStatement());
            if (!Accept(TokenKind.Semicolon) || Kind == TokenKind.Newline)
            {
                break;
            }
        }

        Expect(TokenKind.Newline);
    }

    /// <summary>The body after ':': simple statements on the same line, or NEWLINE INDENT statements DEDENT.</summary>
    private List<Stmt> ParseSuite()
    {
        var body = new List<Stmt>();
        if (!Accept(TokenKind.Newline))
        {
            ParseSimpleStatements(body);
            return body;
        }

        // MicroPython reports a missing indented block as plain "invalid syntax".
        Expect(TokenKind.Indent);
        EnterNesting();
        while (Kind != TokenKind.Dedent && Kind != TokenKind.EndOfFile)
        {
            ParseStatement(body);
        }

        Expect(TokenKind.Dedent);
        ExitNesting();
        return body;
    }

    private List<Stmt> ParseColonSuite()
    {
        Expect(TokenKind.Colon);
        return ParseSuite();
    }

    private bool AtSimpleStatementEnd => Kind is TokenKind.Newline or TokenKind.Semicolon or TokenKind.EndOfFile;

    private Stmt ParseSimpleStatement()
    {
        Token start = Current;
        switch (Kind)
        {
            case TokenKind.Pass:
                Advance();
                return At(new Pass(), start);
            case TokenKind.Break:
                Advance();
                return At(new Break(), start);
            case TokenKind.Continue:
                Advance();
                return At(new Continue(), start);
            case TokenKind.Return:
            {
                Advance();
                Expr? value = null;
                if (!AtSimpleStatementEnd)
                {
                    value = ParseStarExpressions();
                    RejectBareStarred(value);
                }

                return At(new Return(value), start);
            }

            case TokenKind.Raise:
            {
                Advance();
                Expr? exc = null;
                Expr? cause = null;
                if (!AtSimpleStatementEnd)
                {
                    exc = ParseTest();
                    if (Accept(TokenKind.From))
                    {
                        cause = ParseTest();
                    }
                }

                return At(new Raise(exc, cause), start);
            }

            case TokenKind.Global:
            case TokenKind.Nonlocal:
            {
                Advance();
                var names = new List<string> { ExpectName() };
                while (Accept(TokenKind.Comma))
                {
                    names.Add(ExpectName());
                }

                return start.Kind == TokenKind.Global ? At(new Global(names), start) : At(new Nonlocal(names), start);
            }

            case TokenKind.Del:
                return ParseDel();
            case TokenKind.Assert:
            {
                Advance();
                Expr test = ParseTest();
                Expr? msg = Accept(TokenKind.Comma) ? ParseTest() : null;
                return At(new Assert(test, msg), start);
            }

            case TokenKind.Import:
                return ParseImport();
            case TokenKind.From:
                return ParseFromImport();
            default:
                return ParseExpressionStatement();
        }
    }

    // ---- Expression statements and assignments ------------------------------------------------------------------

    private Stmt ParseExpressionStatement()
    {
        Token start = Current;
        Expr first = ParseYieldOrStarExpressions();

        if (Kind == TokenKind.Equal)
        {
            var targets = new List<Expr> { first };
            Expr value = first;
            while (Accept(TokenKind.Equal))
            {
                value = ParseYieldOrStarExpressions();
                targets.Add(value);
            }

            targets.RemoveAt(targets.Count - 1);
            foreach (Expr target in targets)
            {
                SetAssignTarget(target);
            }

            RejectBareStarred(value);
            return At(new Assign(targets, value), start);
        }

        if (Kind == TokenKind.Colon)
        {
            return ParseAnnotatedAssignment(first, start);
        }

        if (AugmentedOperator(Kind, out OperatorKind op))
        {
            Advance();
            if (first is Name or Attribute or Subscript)
            {
                SetContext(first, ExprContext.Store);
            }
            else
            {
                Defer(first, "illegal expression for augmented assignment");
            }

            Expr value = ParseYieldOrStarExpressions();
            RejectBareStarred(value);
            return At(new AugAssign(first, op, value), start);
        }

        RejectBareStarred(first);
        return At(new ExprStmt(first), start);
    }

    private AnnAssign ParseAnnotatedAssignment(Expr target, in Token start)
    {
        // Only a name, attribute or subscript can be annotated; "simple" means an unparenthesised name.
        bool simple = false;
        if (target is Name)
        {
            simple = start.Kind != TokenKind.LeftParen;
        }
        else if (target is not (Attribute or Subscript))
        {
            throw Error(target.Line, "illegal target for annotation");
        }

        Advance();
        SetContext(target, ExprContext.Store);
        Expr annotation = ParseTest();
        Expr? value = null;
        if (Accept(TokenKind.Equal))
        {
            value = ParseYieldOrStarExpressions();
            RejectBareStarred(value);
        }

        return At(new AnnAssign(target, annotation, value, simple), start);
    }

    private Expr ParseYieldOrStarExpressions() => Kind == TokenKind.Yield ? ParseYieldExpression() : ParseStarExpressions();

    private static bool AugmentedOperator(TokenKind kind, out OperatorKind op)
    {
        switch (kind)
        {
            case TokenKind.PlusEqual:
                op = OperatorKind.Add;
                return true;
            case TokenKind.MinusEqual:
                op = OperatorKind.Sub;
                return true;
            case TokenKind.StarEqual:
                op = OperatorKind.Mult;
                return true;
            case TokenKind.AtEqual:
                op = OperatorKind.MatMult;
                return true;
            case TokenKind.SlashEqual:
                op = OperatorKind.Div;
                return true;
            case TokenKind.PercentEqual:
                op = OperatorKind.Mod;
                return true;
            case TokenKind.DoubleStarEqual:
                op = OperatorKind.Pow;
                return true;
            case TokenKind.LeftShiftEqual:
                op = OperatorKind.LShift;
                return true;
            case TokenKind.RightShiftEqual:
                op = OperatorKind.RShift;
                return true;
            case TokenKind.PipeEqual:
                op = OperatorKind.BitOr;
                return true;
            case TokenKind.CaretEqual:
                op = OperatorKind.BitXor;
                return true;
            case TokenKind.AmpersandEqual:
                op = OperatorKind.BitAnd;
                return true;
            case TokenKind.DoubleSlashEqual:
                op = OperatorKind.FloorDiv;
                return true;
            default:
                op = default;
                return false;
        }
    }

    private Delete ParseDel()
    {
        Token start = Advance();
        var targets = new List<Expr>();
        do
        {
            if (AtSimpleStatementEnd && targets.Count > 0)
            {
                break;
            }

            Expr target = ParseBitOr();
            SetContext(target, ExprContext.Del);
            targets.Add(target);
        }
        while (Accept(TokenKind.Comma));

        return At(new Delete(targets), start);
    }

    // ---- Imports ------------------------------------------------------------------------------------------------

    private Import ParseImport()
    {
        Token start = Advance();
        var names = new List<Alias>();
        do
        {
            Token aliasStart = Current;
            string name = ParseDottedName();
            string? asName = Accept(TokenKind.As) ? ExpectName() : null;
            names.Add(At(new Alias(name, asName), aliasStart));
        }
        while (Accept(TokenKind.Comma));

        return At(new Import(names), start);
    }

    private ImportFrom ParseFromImport()
    {
        Token start = Advance();
        int level = 0;
        while (true)
        {
            if (Accept(TokenKind.Dot))
            {
                level++;
            }
            else if (Accept(TokenKind.Ellipsis))
            {
                level += 3;
            }
            else
            {
                break;
            }
        }

        string? module = null;
        if (Kind == TokenKind.Name)
        {
            module = ParseDottedName();
        }
        else if (level == 0)
        {
            throw Error();
        }

        Expect(TokenKind.Import);
        var names = new List<Alias>();
        if (Kind == TokenKind.Star)
        {
            names.Add(At(new Alias("*", null), Advance()));
        }
        else if (Accept(TokenKind.LeftParen))
        {
            do
            {
                if (Kind == TokenKind.RightParen && names.Count > 0)
                {
                    break;
                }

                names.Add(ParseImportAsName());
            }
            while (Accept(TokenKind.Comma));

            Expect(TokenKind.RightParen);
        }
        else
        {
            do
            {
                names.Add(ParseImportAsName());
            }
            while (Accept(TokenKind.Comma));
        }

        return At(new ImportFrom(module, names, level), start);
    }

    private Alias ParseImportAsName()
    {
        Token start = Current;
        string name = ExpectName();
        string? asName = Accept(TokenKind.As) ? ExpectName() : null;
        return At(new Alias(name, asName), start);
    }

    private string ParseDottedName()
    {
        string name = ExpectName();
        if (Kind != TokenKind.Dot)
        {
            return name;
        }

        var sb = new StringBuilder(name);
        while (Accept(TokenKind.Dot))
        {
            sb.Append('.').Append(ExpectName());
        }

        return sb.ToString();
    }
}
