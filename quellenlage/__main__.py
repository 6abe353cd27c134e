from .cli import app

if __name__ == "__main__":  # guarded: worker processes of `ingest --jobs` import this module again
    app(prog_name="quellenlage")
