// Every saved listing page, at the URL it lives at, with the job id its badge must carry.
export interface ListingPage {
  name: string;
  file: string;
  url: string;
  jobId: string;
}

export const LISTING_PAGES: ListingPage[] = [
  { name: 'LinkedIn guest (OpenAI)', file: 'linkedin/linkedin_guest_jobview_openai_ml_engineer_applied_ai_3915648739.html', url: 'https://www.linkedin.com/jobs/view/machine-learning-engineer-applied-ai-at-openai-3915648739', jobId: '3915648739' },
  { name: 'LinkedIn guest (Anthropic)', file: 'linkedin/linkedin_guest_jobview_anthropic_ml_systems_engineer_rl_4053542511.html', url: 'https://www.linkedin.com/jobs/view/machine-learning-systems-engineer-rl-engineering-at-anthropic-4053542511', jobId: '4053542511' },
  { name: 'LinkedIn guest with JSON-LD (Google)', file: 'linkedin/linkedin_guest_jobview_google_power_monitoring_engineer.html', url: 'https://www.linkedin.com/jobs/view/power-monitoring-execution-engineer-google-data-center-at-google-3561224688', jobId: '3561224688' },
  { name: 'LinkedIn signed-in pane', file: 'linkedin/linkedin_loggedin_jobdetails_easyapply_fullstack.html', url: 'https://www.linkedin.com/jobs/view/3845111376/', jobId: '3845111376' },
  { name: 'Indeed viewjob', file: 'indeed/indeed_viewjob_canonical_engineering_manager.html', url: 'https://www.indeed.com/viewjob?jk=bf873f62104b48b5', jobId: 'bf873f62104b48b5' },
  { name: 'Greenhouse classic (Anthropic)', file: 'greenhouse/greenhouse_boards_anthropic_4182383008.html', url: 'https://boards.greenhouse.io/anthropic/jobs/4182383008', jobId: '4182383008' },
  { name: 'Greenhouse new board (Scale AI)', file: 'greenhouse/greenhouse_jobboards_scaleai_4315289005.html', url: 'https://job-boards.greenhouse.io/scaleai/jobs/4315289005', jobId: '4315289005' },
  { name: 'Workday rendered', file: 'workday/workday_autodesk_jobpage_rendered_constructed_24WD81528.html', url: 'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Montreal-QC-CAN/Senior-Industry-Strategy-Manager---Content-Creation_24WD81528', jobId: '24WD81528' },
  { name: 'Workday 2026 rendered (NVIDIA, no JSON-LD)', file: 'workday/workday_nvidia_jobpage_rendered_JR2019510-1.html', url: 'https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/Germany-Munich/Senior-Test-Engineer---Autonomous-Driving_JR2019510-1', jobId: 'JR2019510' },
  { name: 'Lever', file: 'lever/lever_posting_constructed.html', url: 'https://jobs.lever.co/tidewater/0b6e7f3a-52c4-4d19-9a8e-1f2c3d4e5a6b', jobId: '0b6e7f3a-52c4-4d19-9a8e-1f2c3d4e5a6b' },
  { name: 'Ashby', file: 'ashby/ashby_posting_constructed.html', url: 'https://jobs.ashbyhq.com/lumenlabs/5f0c9a7e-3b2d-4c1e-9f8a-7b6c5d4e3f21', jobId: '5f0c9a7e-3b2d-4c1e-9f8a-7b6c5d4e3f21' },
  { name: 'Wellfound', file: 'wellfound/wellfound_job_constructed.html', url: 'https://wellfound.com/jobs/3021868-founding-machine-learning-engineer', jobId: '3021868' },
  { name: 'LinkedIn signed-in 2026 (Flow Traders, SDUI markup)', file: 'linkedin/linkedin_flowtraders-graduate-data-engineer.html', url: 'https://www.linkedin.com/jobs/view/4374244548/', jobId: '4374244548' },
  { name: 'Indeed 2026 search, posting in the pane', file: 'indeed/indeed_search_data-analyst_portland.html', url: 'https://www.indeed.com/jobs?q=Data+Analyst&l=Portland,+OR', jobId: '29dd4196cccd7eaf' },
  { name: 'Greenhouse 2026 rendered (Alma)', file: 'greenhouse/greenhouse_alma-software-engineer-ii.html', url: 'https://job-boards.greenhouse.io/alma/jobs/8369573002', jobId: '8369573002' },
  { name: 'LinkedIn signed-in 2025 split view (idealista, Italian interface)', file: 'linkedin/linkedin_loggedin_search_splitview_2025_idealista_backend.html', url: 'https://www.linkedin.com/jobs/search/?currentJobId=4275929861&keywords=python+developer&location=Italy&f_TPR=r86400&distance=10', jobId: '4275929861' },
  { name: 'Glassdoor India search, posting in the pane', file: 'glassdoor/glassdoor_in_search_data-scientist_india.html', url: 'https://www.glassdoor.co.in/Job/india-data-scientist-jobs-SRCH_IL.0,5_KO6,20.htm', jobId: '1009722062558' },
  // Country sites with localised search paths (issue 17 item 7): the same real pages at the
  // French, Polish and Japanese addresses, so the manifest's patterns are what is tested.
  { name: 'Indeed France search (/emplois), posting in the pane', file: 'indeed/indeed_search_data-analyst_portland.html', url: 'https://fr.indeed.com/emplois?q=Data+Analyst&l=Portland,+OR', jobId: '29dd4196cccd7eaf' },
  { name: 'Indeed Poland search (/praca), posting in the pane', file: 'indeed/indeed_search_data-analyst_portland.html', url: 'https://pl.indeed.com/praca?q=Data+Analyst&l=Portland,+OR', jobId: '29dd4196cccd7eaf' },
  // The Japanese site's search path is /求人; the URL the browser matches is percent-encoded.
  { name: 'Indeed Japan search (/求人), posting in the pane', file: 'indeed/indeed_search_data-analyst_portland.html', url: 'https://jp.indeed.com/%E6%B1%82%E4%BA%BA?q=Data+Analyst&l=Portland,+OR', jobId: '29dd4196cccd7eaf' },
  { name: 'Glassdoor France search (/Emploi/), posting in the pane', file: 'glassdoor/glassdoor_in_search_data-scientist_india.html', url: 'https://www.glassdoor.fr/Emploi/inde-data-scientist-emplois-SRCH_IL.0,4_IN115_KO5,19.htm', jobId: '1009722062558' },
  { name: 'Glassdoor', file: 'glassdoor/glassdoor_joblisting_constructed.html', url: 'https://www.glassdoor.com/job-listing/data-scientist-machine-learning-copperline-energy-JV_IC1139761_KO0,32_KE33,50.htm?jl=1009543217860', jobId: '1009543217860' },
];
