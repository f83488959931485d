import { rules as age } from './rules/age';
import { rules as airtable } from './rules/airtable';
import { rules as algolia } from './rules/algolia';
import { rules as alibaba } from './rules/alibaba';
import { rules as anthropic } from './rules/anthropic';
import { rules as asana } from './rules/asana';
import { rules as assemblyai } from './rules/assemblyai';
import { rules as atlassian } from './rules/atlassian';
import { rules as aws } from './rules/aws';
import { rules as azure } from './rules/azure';
import { rules as bitbucket } from './rules/bitbucket';
import { rules as braintree } from './rules/braintree';
import { rules as brevo } from './rules/brevo';
import { rules as buildkite } from './rules/buildkite';
import { rules as circleci } from './rules/circleci';
import { rules as clojars } from './rules/clojars';
import { rules as cloudflare } from './rules/cloudflare';
import { rules as cohere } from './rules/cohere';
import { rules as databricks } from './rules/databricks';
import { rules as datadog } from './rules/datadog';
import { rules as deepgram } from './rules/deepgram';
import { rules as deepseek } from './rules/deepseek';
import { rules as digitalocean } from './rules/digitalocean';
import { rules as discord } from './rules/discord';
import { rules as dockerhub } from './rules/dockerhub';
import { rules as doppler } from './rules/doppler';
import { rules as dropbox } from './rules/dropbox';
import { rules as dynatrace } from './rules/dynatrace';
import { rules as easypost } from './rules/easypost';
import { rules as elevenlabs } from './rules/elevenlabs';
import { rules as facebook } from './rules/facebook';
import { rules as fastly } from './rules/fastly';
import { rules as figma } from './rules/figma';
import { rules as fireworks } from './rules/fireworks';
import { rules as flutterwave } from './rules/flutterwave';
import { rules as fly } from './rules/fly';
import { rules as gcp } from './rules/gcp';
import { rules as github } from './rules/github';
import { rules as gitlab } from './rules/gitlab';
import { rules as google } from './rules/google';
import { rules as grafana } from './rules/grafana';
import { rules as groq } from './rules/groq';
import { rules as harness } from './rules/harness';
import { rules as heroku } from './rules/heroku';
import { rules as hetzner } from './rules/hetzner';
import { rules as hubspot } from './rules/hubspot';
import { rules as huggingface } from './rules/huggingface';
import { rules as jfrog } from './rules/jfrog';
import { rules as langfuse } from './rules/langfuse';
import { rules as langsmith } from './rules/langsmith';
import { rules as linear } from './rules/linear';
import { rules as linode } from './rules/linode';
import { rules as mailchimp } from './rules/mailchimp';
import { rules as mailgun } from './rules/mailgun';
import { rules as mapbox } from './rules/mapbox';
import { rules as mistral } from './rules/mistral';
import { rules as netlify } from './rules/netlify';
import { rules as newrelic } from './rules/newrelic';
import { rules as ngrok } from './rules/ngrok';
import { rules as notion } from './rules/notion';
import { rules as npm } from './rules/npm';
import { rules as nuget } from './rules/nuget';
import { rules as nvidia } from './rules/nvidia';
import { rules as okta } from './rules/okta';
import { rules as onepassword } from './rules/onepassword';
import { rules as openai } from './rules/openai';
import { rules as openrouter } from './rules/openrouter';
import { rules as perplexity } from './rules/perplexity';
import { rules as pinecone } from './rules/pinecone';
import { rules as plaid } from './rules/plaid';
import { rules as planetscale } from './rules/planetscale';
import { rules as postman } from './rules/postman';
import { rules as postmark } from './rules/postmark';
import { rules as prefect } from './rules/prefect';
import { rules as pulumi } from './rules/pulumi';
import { rules as pypi } from './rules/pypi';
import { rules as readme } from './rules/readme';
import { rules as render } from './rules/render';
import { rules as replicate } from './rules/replicate';
import { rules as rubygems } from './rules/rubygems';
import { rules as sendgrid } from './rules/sendgrid';
import { rules as sentry } from './rules/sentry';
import { rules as shippo } from './rules/shippo';
import { rules as shopify } from './rules/shopify';
import { rules as slack } from './rules/slack';
import { rules as snyk } from './rules/snyk';
import { rules as sonarqube } from './rules/sonarqube';
import { rules as sourcegraph } from './rules/sourcegraph';
import { rules as square } from './rules/square';
import { rules as stability } from './rules/stability';
import { rules as stripe } from './rules/stripe';
import { rules as supabase } from './rules/supabase';
import { rules as tailscale } from './rules/tailscale';
import { rules as teams } from './rules/teams';
import { rules as telegram } from './rules/telegram';
import { rules as terraform } from './rules/terraform';
import { rules as together } from './rules/together';
import { rules as twilio } from './rules/twilio';
import { rules as twitter } from './rules/twitter';
import { rules as vault } from './rules/vault';
import { rules as vercel } from './rules/vercel';
import { rules as voyage } from './rules/voyage';
import { rules as wandb } from './rules/wandb';
import { rules as xai } from './rules/xai';
import type { Rule } from './types';

/**
 * The named providers' token formats, the most pasted first. The registry puts them ahead of the
 * broad rules, so a provider's rule wins a span that a generic one also matches.
 */
export const PROVIDER_RULES: readonly Rule[] = [
  ...anthropic,
  ...openai,
  ...github,
  ...aws,
  ...google,
  ...slack,
  ...stripe,
  // Provider token formats, alphabetical: each has its own prefix or context word.
  ...age,
  ...airtable,
  ...algolia,
  ...alibaba,
  ...asana,
  ...assemblyai,
  ...atlassian,
  ...azure,
  ...bitbucket,
  ...braintree,
  ...brevo,
  ...buildkite,
  ...circleci,
  ...clojars,
  ...cloudflare,
  ...cohere,
  ...databricks,
  ...datadog,
  ...deepgram,
  ...deepseek,
  ...digitalocean,
  ...discord,
  ...dockerhub,
  ...doppler,
  ...dropbox,
  ...dynatrace,
  ...easypost,
  ...elevenlabs,
  ...facebook,
  ...fastly,
  ...figma,
  ...fireworks,
  ...flutterwave,
  ...fly,
  ...gcp,
  ...gitlab,
  ...grafana,
  ...groq,
  ...harness,
  ...heroku,
  ...hetzner,
  ...hubspot,
  ...huggingface,
  ...jfrog,
  ...langfuse,
  ...langsmith,
  ...linear,
  ...linode,
  ...mailchimp,
  ...mailgun,
  ...mapbox,
  ...mistral,
  ...netlify,
  ...newrelic,
  ...ngrok,
  ...notion,
  ...npm,
  ...nuget,
  ...nvidia,
  ...okta,
  ...onepassword,
  ...openrouter,
  ...perplexity,
  ...pinecone,
  ...plaid,
  ...planetscale,
  ...postman,
  ...postmark,
  ...prefect,
  ...pulumi,
  ...pypi,
  ...readme,
  ...render,
  ...replicate,
  ...rubygems,
  ...sendgrid,
  ...sentry,
  ...shippo,
  ...shopify,
  ...snyk,
  ...sonarqube,
  ...sourcegraph,
  ...square,
  ...stability,
  ...supabase,
  ...tailscale,
  ...teams,
  ...telegram,
  ...terraform,
  ...together,
  ...twilio,
  ...twitter,
  ...vault,
  ...vercel,
  ...voyage,
  ...wandb,
  ...xai,
];
