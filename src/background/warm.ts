/**
 * A made-up posting the worker reads a few times while it is idle after its first answer, so
 * that the reader's code has run (and been compiled past the engine's first, slowest tier)
 * before the first real listing arrives. In Node, the first 18 postings read after the reader's
 * expressions were compiled took 120 ms in all without it, 80 ms with it, and 50 ms once read
 * before. It walks the reader's main paths: a title, a company blurb, headings, bullets, an
 * inline list with examples, years, a degree, names that need their context ("R", "Go",
 * "Spark") and a nice-to-have; and it has characters outside Latin-1 ("’", "•", "–"), as most
 * postings do, for which V8 compiles code apart.
 */
export const WARM_TEXT = `Machine Learning Engineer, Forecasting

About us
Acme Analytics builds planning software for retailers. We are a remote-first team of 40.

What you’ll do
• Design, train and deploy forecasting models to production on AWS
• Build data pipelines in Spark and Airflow, and maintain our feature store
• Work with product managers to turn questions into experiments (A/B testing) – end to end

Requirements
- 3+ years of experience as a data scientist or ML engineer
- Bachelor's or Master's degree in Computer Science, Statistics or a related field
- Strong Python and SQL; experience with R or Go is useful
- Hands-on with deep learning frameworks such as PyTorch, TensorFlow or JAX
- Knowledge of time series analysis, gradient boosting (XGBoost, LightGBM) and causal inference
- Comfortable with Docker, Kubernetes, Git and CI/CD

Nice to have
- Experience with large language models, retrieval-augmented generation and vector databases is a plus
- Familiarity with dbt, Snowflake or BigQuery would be great
- A PhD is welcome but not required

Benefits
Flexible hours, a learning budget and 30 days of holiday. Salary: 90,000 - 110,000 EUR.
`;
