// @ts-nocheck
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
export const lagged_message = validate20;
const schema31 = {"$id":"lagged_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"lagged"},"data":{"$ref":"components.json#/$defs/LaggedNotice"}}}]};
const schema33 = {"title":"WsEnvelope","description":"Every WebSocket message, in both directions, is one JSON text frame with this envelope.","type":"object","required":["message_type","data"],"properties":{"message_type":{"type":"string"},"data":{},"timestamp":{"type":"number","description":"Unix time in seconds with a millisecond fraction. The server sets it on every message it sends; clients may leave it out."},"scn":{"type":"integer","minimum":1,"description":"SCN of the commit the message reports, on messages about committed changes."},"subscription_id":{"type":"string","minLength":1,"maxLength":128,"description":"On /api/v1/ws only: the subscription a message belongs to."}},"additionalProperties":false};
const schema34 = {"title":"LaggedNotice","description":"The subscriber's send queue was full: the server stopped sending it changes. Everything through resume_scn was sent; open the channel again with since_scn=resume_scn to get the rest, from the change log, without gap or duplicate.","type":"object","required":["resume_scn","queue_limit"],"properties":{"resume_scn":{"type":"integer","minimum":0},"queue_limit":{"type":"integer","minimum":1,"description":"Messages a connection's send queue holds."}},"additionalProperties":false};
const func1 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="lagged_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("lagged" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "lagged"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.resume_scn === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/LaggedNotice/required",keyword:"required",params:{missingProperty: "resume_scn"},message:"must have required property '"+"resume_scn"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.queue_limit === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/LaggedNotice/required",keyword:"required",params:{missingProperty: "queue_limit"},message:"must have required property '"+"queue_limit"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "resume_scn") || (key1 === "queue_limit"))){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/LaggedNotice/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.resume_scn !== undefined){
let data6 = data5.resume_scn;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err15 = {instancePath:instancePath+"/data/resume_scn",schemaPath:"components.json#/$defs/LaggedNotice/properties/resume_scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err16 = {instancePath:instancePath+"/data/resume_scn",schemaPath:"components.json#/$defs/LaggedNotice/properties/resume_scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data5.queue_limit !== undefined){
let data7 = data5.queue_limit;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err17 = {instancePath:instancePath+"/data/queue_limit",schemaPath:"components.json#/$defs/LaggedNotice/properties/queue_limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 1 || isNaN(data7)){
const err18 = {instancePath:instancePath+"/data/queue_limit",schemaPath:"components.json#/$defs/LaggedNotice/properties/queue_limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
}
else {
const err19 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/LaggedNotice/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const broadcast_message = validate22;
const schema35 = {"$id":"broadcast_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"broadcast"},"data":{"$ref":"components.json#/$defs/BroadcastNotice"}}}]};
const schema37 = {"title":"BroadcastNotice","description":"What an administrator broadcast, as /api/v1/ws connections receive it.","type":"object","required":["message","data","sent_by"],"properties":{"message":{"type":"string"},"data":{"description":"As the administrator gave it; null when absent."},"sent_by":{"type":["string","null"],"description":"The administrator's username."}},"additionalProperties":false};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="broadcast_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("broadcast" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "broadcast"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.message === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BroadcastNotice/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.data === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BroadcastNotice/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.sent_by === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BroadcastNotice/required",keyword:"required",params:{missingProperty: "sent_by"},message:"must have required property '"+"sent_by"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "message") || (key1 === "data")) || (key1 === "sent_by"))){
const err15 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BroadcastNotice/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.message !== undefined){
if(typeof data5.message !== "string"){
const err16 = {instancePath:instancePath+"/data/message",schemaPath:"components.json#/$defs/BroadcastNotice/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.sent_by !== undefined){
let data7 = data5.sent_by;
if((typeof data7 !== "string") && (data7 !== null)){
const err17 = {instancePath:instancePath+"/data/sent_by",schemaPath:"components.json#/$defs/BroadcastNotice/properties/sent_by/type",keyword:"type",params:{type: schema37.properties.sent_by.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BroadcastNotice/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const auditEntry_message = validate23;
const schema38 = {"$id":"auditEntry_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"audit_entry"},"data":{"$ref":"components.json#/$defs/AuditEntry"}}}]};
const schema40 = {"title":"AuditEntry","description":"One record of the audit trail: who did what, from where, with what outcome. Records cannot be changed or deleted through any API.","type":"object","required":["id","time","userId","username","via","ip","surface","operation","target","outcome","status","requestId","detail"],"properties":{"id":{"type":"integer","minimum":1,"description":"Increases with each record."},"time":{"type":"string","format":"date-time"},"userId":{"type":["string","null"]},"username":{"type":["string","null"],"description":"The user acting, or the name tried in a failed sign-in."},"via":{"type":"string","enum":["token","api_key","password","none"],"description":"How the caller authenticated."},"ip":{"type":["string","null"]},"surface":{"type":"string","enum":["rest","graphql","websocket"]},"operation":{"type":"string","description":"The operationId, GraphQL field or channel."},"target":{"type":["string","null"],"description":"What the operation acted on: a path, a table, a user."},"outcome":{"type":"string","enum":["success","failure","denied"]},"status":{"type":["integer","null"],"description":"The HTTP status, where there is one."},"requestId":{"type":["string","null"]},"detail":{"type":["string","null"]}},"additionalProperties":false};
const func7 = Object.prototype.hasOwnProperty;
const formats0 = require("ajv-formats/dist/formats").fullFormats["date-time"];

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="auditEntry_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("audit_entry" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "audit_entry"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.id === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.time === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.userId === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.username === undefined){
const err15 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5.via === undefined){
const err16 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "via"},message:"must have required property '"+"via"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5.ip === undefined){
const err17 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "ip"},message:"must have required property '"+"ip"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.surface === undefined){
const err18 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "surface"},message:"must have required property '"+"surface"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5.operation === undefined){
const err19 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "operation"},message:"must have required property '"+"operation"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5.target === undefined){
const err20 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data5.outcome === undefined){
const err21 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5.status === undefined){
const err22 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data5.requestId === undefined){
const err23 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "requestId"},message:"must have required property '"+"requestId"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data5.detail === undefined){
const err24 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "detail"},message:"must have required property '"+"detail"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key1 in data5){
if(!(func7.call(schema40.properties, key1))){
const err25 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data5.id !== undefined){
let data6 = data5.id;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err26 = {instancePath:instancePath+"/data/id",schemaPath:"components.json#/$defs/AuditEntry/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err27 = {instancePath:instancePath+"/data/id",schemaPath:"components.json#/$defs/AuditEntry/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data5.time !== undefined){
let data7 = data5.time;
if(typeof data7 === "string"){
if(!(formats0.validate(data7))){
const err28 = {instancePath:instancePath+"/data/time",schemaPath:"components.json#/$defs/AuditEntry/properties/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/data/time",schemaPath:"components.json#/$defs/AuditEntry/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data5.userId !== undefined){
let data8 = data5.userId;
if((typeof data8 !== "string") && (data8 !== null)){
const err30 = {instancePath:instancePath+"/data/userId",schemaPath:"components.json#/$defs/AuditEntry/properties/userId/type",keyword:"type",params:{type: schema40.properties.userId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data5.username !== undefined){
let data9 = data5.username;
if((typeof data9 !== "string") && (data9 !== null)){
const err31 = {instancePath:instancePath+"/data/username",schemaPath:"components.json#/$defs/AuditEntry/properties/username/type",keyword:"type",params:{type: schema40.properties.username.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data5.via !== undefined){
let data10 = data5.via;
if(typeof data10 !== "string"){
const err32 = {instancePath:instancePath+"/data/via",schemaPath:"components.json#/$defs/AuditEntry/properties/via/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!((((data10 === "token") || (data10 === "api_key")) || (data10 === "password")) || (data10 === "none"))){
const err33 = {instancePath:instancePath+"/data/via",schemaPath:"components.json#/$defs/AuditEntry/properties/via/enum",keyword:"enum",params:{allowedValues: schema40.properties.via.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data5.ip !== undefined){
let data11 = data5.ip;
if((typeof data11 !== "string") && (data11 !== null)){
const err34 = {instancePath:instancePath+"/data/ip",schemaPath:"components.json#/$defs/AuditEntry/properties/ip/type",keyword:"type",params:{type: schema40.properties.ip.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data5.surface !== undefined){
let data12 = data5.surface;
if(typeof data12 !== "string"){
const err35 = {instancePath:instancePath+"/data/surface",schemaPath:"components.json#/$defs/AuditEntry/properties/surface/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!(((data12 === "rest") || (data12 === "graphql")) || (data12 === "websocket"))){
const err36 = {instancePath:instancePath+"/data/surface",schemaPath:"components.json#/$defs/AuditEntry/properties/surface/enum",keyword:"enum",params:{allowedValues: schema40.properties.surface.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data5.operation !== undefined){
if(typeof data5.operation !== "string"){
const err37 = {instancePath:instancePath+"/data/operation",schemaPath:"components.json#/$defs/AuditEntry/properties/operation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data5.target !== undefined){
let data14 = data5.target;
if((typeof data14 !== "string") && (data14 !== null)){
const err38 = {instancePath:instancePath+"/data/target",schemaPath:"components.json#/$defs/AuditEntry/properties/target/type",keyword:"type",params:{type: schema40.properties.target.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data5.outcome !== undefined){
let data15 = data5.outcome;
if(typeof data15 !== "string"){
const err39 = {instancePath:instancePath+"/data/outcome",schemaPath:"components.json#/$defs/AuditEntry/properties/outcome/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!(((data15 === "success") || (data15 === "failure")) || (data15 === "denied"))){
const err40 = {instancePath:instancePath+"/data/outcome",schemaPath:"components.json#/$defs/AuditEntry/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema40.properties.outcome.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data5.status !== undefined){
let data16 = data5.status;
if((!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))) && (data16 !== null)){
const err41 = {instancePath:instancePath+"/data/status",schemaPath:"components.json#/$defs/AuditEntry/properties/status/type",keyword:"type",params:{type: schema40.properties.status.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data5.requestId !== undefined){
let data17 = data5.requestId;
if((typeof data17 !== "string") && (data17 !== null)){
const err42 = {instancePath:instancePath+"/data/requestId",schemaPath:"components.json#/$defs/AuditEntry/properties/requestId/type",keyword:"type",params:{type: schema40.properties.requestId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data5.detail !== undefined){
let data18 = data5.detail;
if((typeof data18 !== "string") && (data18 !== null)){
const err43 = {instancePath:instancePath+"/data/detail",schemaPath:"components.json#/$defs/AuditEntry/properties/detail/type",keyword:"type",params:{type: schema40.properties.detail.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const tableModified_message = validate24;
const schema41 = {"$id":"tableModified_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","required":["scn"],"properties":{"message_type":{"const":"table_modified"},"data":{"$ref":"components.json#/$defs/ChangeEvent"}}}]};
const schema43 = {"title":"ChangeEvent","description":"One row change from the change log.","type":"object","required":["table","operation","row_id","row_data","old_row_data","transaction_id","changed_at"],"properties":{"table":{"type":"string"},"operation":{"type":"string","enum":["INSERT","UPDATE","DELETE"]},"row_id":{"type":"string"},"row_data":{"type":["object","null"],"additionalProperties":{"$ref":"components.json#/$defs/SqlValue"},"description":"The row after the change; null for DELETE."},"old_row_data":{"type":["object","null"],"additionalProperties":{"$ref":"components.json#/$defs/SqlValue"},"description":"The row before the change; null for INSERT."},"transaction_id":{"type":["string","null"],"description":"The interactive transaction that made the change, null for autocommit work."},"changed_at":{"type":"string","format":"date-time"}},"additionalProperties":false};
const schema44 = {"title":"SqlValue","description":"A value as the engine returns it: text, number, null, or a BLOB written as {\"$hex\": \"...\"}.","anyOf":[{"type":["string","number","null"]},{"$ref":"components.json#/$defs/Blob"}]};
const schema45 = {"title":"Blob","description":"A BLOB value, hex-encoded.","type":"object","required":["$hex"],"properties":{"$hex":{"type":"string","pattern":"^([0-9a-fA-F]{2})*$"}},"additionalProperties":false};
const pattern4 = new RegExp("^([0-9a-fA-F]{2})*$", "u");

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(((typeof data !== "string") && (!((typeof data == "number") && (isFinite(data))))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: schema44.anyOf[0].type},message:"must be string,number,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.$hex === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/Blob/required",keyword:"required",params:{missingProperty: "$hex"},message:"must have required property '"+"$hex"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "$hex")){
const err2 = {instancePath,schemaPath:"components.json#/$defs/Blob/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.$hex !== undefined){
let data0 = data.$hex;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err3 = {instancePath:instancePath+"/$hex",schemaPath:"components.json#/$defs/Blob/properties/%24hex/pattern",keyword:"pattern",params:{pattern: "^([0-9a-fA-F]{2})*$"},message:"must match pattern \""+"^([0-9a-fA-F]{2})*$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/$hex",schemaPath:"components.json#/$defs/Blob/properties/%24hex/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"components.json#/$defs/Blob/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = true;
}
if(!valid0){
const err6 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate26.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate26.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.table === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "table"},message:"must have required property '"+"table"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.operation === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "operation"},message:"must have required property '"+"operation"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.row_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "row_id"},message:"must have required property '"+"row_id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.row_data === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "row_data"},message:"must have required property '"+"row_data"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.old_row_data === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "old_row_data"},message:"must have required property '"+"old_row_data"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.transaction_id === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "transaction_id"},message:"must have required property '"+"transaction_id"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.changed_at === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changed_at"},message:"must have required property '"+"changed_at"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "table") || (key0 === "operation")) || (key0 === "row_id")) || (key0 === "row_data")) || (key0 === "old_row_data")) || (key0 === "transaction_id")) || (key0 === "changed_at"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.table !== undefined){
if(typeof data.table !== "string"){
const err8 = {instancePath:instancePath+"/table",schemaPath:"#/properties/table/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.operation !== undefined){
let data1 = data.operation;
if(typeof data1 !== "string"){
const err9 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((data1 === "INSERT") || (data1 === "UPDATE")) || (data1 === "DELETE"))){
const err10 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/enum",keyword:"enum",params:{allowedValues: schema43.properties.operation.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.row_id !== undefined){
if(typeof data.row_id !== "string"){
const err11 = {instancePath:instancePath+"/row_id",schemaPath:"#/properties/row_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.row_data !== undefined){
let data3 = data.row_data;
if((!(data3 && typeof data3 == "object" && !Array.isArray(data3))) && (data3 !== null)){
const err12 = {instancePath:instancePath+"/row_data",schemaPath:"#/properties/row_data/type",keyword:"type",params:{type: schema43.properties.row_data.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!(validate26(data3[key1], {instancePath:instancePath+"/row_data/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data3,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
}
if(data.old_row_data !== undefined){
let data5 = data.old_row_data;
if((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (data5 !== null)){
const err13 = {instancePath:instancePath+"/old_row_data",schemaPath:"#/properties/old_row_data/type",keyword:"type",params:{type: schema43.properties.old_row_data.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
if(!(validate26(data5[key2], {instancePath:instancePath+"/old_row_data/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data5,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
}
if(data.transaction_id !== undefined){
let data7 = data.transaction_id;
if((typeof data7 !== "string") && (data7 !== null)){
const err14 = {instancePath:instancePath+"/transaction_id",schemaPath:"#/properties/transaction_id/type",keyword:"type",params:{type: schema43.properties.transaction_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.changed_at !== undefined){
let data8 = data.changed_at;
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err15 = {instancePath:instancePath+"/changed_at",schemaPath:"#/properties/changed_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/changed_at",schemaPath:"#/properties/changed_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tableModified_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.scn === undefined){
const err11 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "scn"},message:"must have required property '"+"scn"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.message_type !== undefined){
if("table_modified" !== data.message_type){
const err12 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "table_modified"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate25(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const schemaChanged_message = validate30;
const schema46 = {"$id":"schemaChanged_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","required":["scn"],"properties":{"message_type":{"const":"schema_changed"},"data":{"$ref":"components.json#/$defs/SchemaChangeEvent"}}}]};
const schema48 = {"title":"SchemaChangeEvent","description":"One DDL statement of a commit that changed the schema. change_type, object_type, object_name and statement are null only for a commit made before the change log recorded DDL, which says that the schema changed but not how.","type":"object","required":["change_type","object_type","object_name","statement","username","transaction_id","changed_at"],"properties":{"change_type":{"type":["string","null"],"enum":["CREATE","ALTER","DROP",null]},"object_type":{"type":["string","null"],"enum":["TABLE","INDEX","VIEW","TRIGGER",null]},"object_name":{"type":["string","null"],"description":"The object's name, without its schema."},"statement":{"type":["string","null"],"description":"The statement as it ran."},"username":{"type":["string","null"],"description":"Who ran the statement: a user's name; null for the engine's own work, and for statements logged before Strata recorded who ran them."},"transaction_id":{"type":["string","null"],"description":"The interactive transaction that made the change, null for autocommit work."},"changed_at":{"type":"string","format":"date-time","description":"When the commit was made."}},"additionalProperties":false};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="schemaChanged_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.scn === undefined){
const err11 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "scn"},message:"must have required property '"+"scn"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.message_type !== undefined){
if("schema_changed" !== data.message_type){
const err12 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "schema_changed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.change_type === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SchemaChangeEvent/required",keyword:"required",params:{missingProperty: "change_type"},message:"must have required property '"+"change_type"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.object_type === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SchemaChangeEvent/required",keyword:"required",params:{missingProperty: "object_type"},message:"must have required property '"+"object_type"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.object_name === undefined){
const err15 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SchemaChangeEvent/required",keyword:"required",params:{missingProperty: "object_name"},message:"must have required property '"+"object_name"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5.statement === undefined){
const err16 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SchemaChangeEvent/required",keyword:"required",params:{missingProperty: "statement"},message:"must have required property '"+"statement"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5.username === undefined){
const err17 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SchemaChangeEvent/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.transaction_id === undefined){
const err18 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SchemaChangeEvent/required",keyword:"required",params:{missingProperty: "transaction_id"},message:"must have required property '"+"transaction_id"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5.changed_at === undefined){
const err19 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SchemaChangeEvent/required",keyword:"required",params:{missingProperty: "changed_at"},message:"must have required property '"+"changed_at"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data5){
if(!(((((((key1 === "change_type") || (key1 === "object_type")) || (key1 === "object_name")) || (key1 === "statement")) || (key1 === "username")) || (key1 === "transaction_id")) || (key1 === "changed_at"))){
const err20 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SchemaChangeEvent/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.change_type !== undefined){
let data6 = data5.change_type;
if((typeof data6 !== "string") && (data6 !== null)){
const err21 = {instancePath:instancePath+"/data/change_type",schemaPath:"components.json#/$defs/SchemaChangeEvent/properties/change_type/type",keyword:"type",params:{type: schema48.properties.change_type.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!((((data6 === "CREATE") || (data6 === "ALTER")) || (data6 === "DROP")) || (data6 === null))){
const err22 = {instancePath:instancePath+"/data/change_type",schemaPath:"components.json#/$defs/SchemaChangeEvent/properties/change_type/enum",keyword:"enum",params:{allowedValues: schema48.properties.change_type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data5.object_type !== undefined){
let data7 = data5.object_type;
if((typeof data7 !== "string") && (data7 !== null)){
const err23 = {instancePath:instancePath+"/data/object_type",schemaPath:"components.json#/$defs/SchemaChangeEvent/properties/object_type/type",keyword:"type",params:{type: schema48.properties.object_type.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!(((((data7 === "TABLE") || (data7 === "INDEX")) || (data7 === "VIEW")) || (data7 === "TRIGGER")) || (data7 === null))){
const err24 = {instancePath:instancePath+"/data/object_type",schemaPath:"components.json#/$defs/SchemaChangeEvent/properties/object_type/enum",keyword:"enum",params:{allowedValues: schema48.properties.object_type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data5.object_name !== undefined){
let data8 = data5.object_name;
if((typeof data8 !== "string") && (data8 !== null)){
const err25 = {instancePath:instancePath+"/data/object_name",schemaPath:"components.json#/$defs/SchemaChangeEvent/properties/object_name/type",keyword:"type",params:{type: schema48.properties.object_name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data5.statement !== undefined){
let data9 = data5.statement;
if((typeof data9 !== "string") && (data9 !== null)){
const err26 = {instancePath:instancePath+"/data/statement",schemaPath:"components.json#/$defs/SchemaChangeEvent/properties/statement/type",keyword:"type",params:{type: schema48.properties.statement.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data5.username !== undefined){
let data10 = data5.username;
if((typeof data10 !== "string") && (data10 !== null)){
const err27 = {instancePath:instancePath+"/data/username",schemaPath:"components.json#/$defs/SchemaChangeEvent/properties/username/type",keyword:"type",params:{type: schema48.properties.username.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data5.transaction_id !== undefined){
let data11 = data5.transaction_id;
if((typeof data11 !== "string") && (data11 !== null)){
const err28 = {instancePath:instancePath+"/data/transaction_id",schemaPath:"components.json#/$defs/SchemaChangeEvent/properties/transaction_id/type",keyword:"type",params:{type: schema48.properties.transaction_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data5.changed_at !== undefined){
let data12 = data5.changed_at;
if(typeof data12 === "string"){
if(!(formats0.validate(data12))){
const err29 = {instancePath:instancePath+"/data/changed_at",schemaPath:"components.json#/$defs/SchemaChangeEvent/properties/changed_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/data/changed_at",schemaPath:"components.json#/$defs/SchemaChangeEvent/properties/changed_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SchemaChangeEvent/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const transactionEvent_message = validate31;
const schema49 = {"$id":"transactionEvent_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"transaction_event"},"data":{"$ref":"components.json#/$defs/TransactionEvent"}}}]};
const schema51 = {"title":"TransactionEvent","description":"An interactive transaction began or ended. COMMIT comes after the commit's row changes; the message's scn is the commit's SCN (absent when the commit changed nothing).","type":"object","required":["event_type","transaction_id","isolation_level","duration_ms","modified_rows","username","session_id","at"],"properties":{"event_type":{"type":"string","enum":["BEGIN","COMMIT","ROLLBACK","TIMEOUT","FAILED"]},"transaction_id":{"type":"string"},"isolation_level":{"type":["string","null"],"description":"How it locks: deferred, immediate or exclusive."},"duration_ms":{"type":"number","minimum":0,"description":"From BEGIN to this event; 0 for BEGIN."},"modified_rows":{"type":"integer","minimum":0,"description":"Rows the commit changed; 0 for the other events."},"username":{"type":["string","null"]},"session_id":{"type":["string","null"],"description":"The sign-in session (JWT sid) or API key it came through."},"at":{"type":"string","format":"date-time"}},"additionalProperties":false};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="transactionEvent_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("transaction_event" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "transaction_event"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.event_type === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/TransactionEvent/required",keyword:"required",params:{missingProperty: "event_type"},message:"must have required property '"+"event_type"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.transaction_id === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/TransactionEvent/required",keyword:"required",params:{missingProperty: "transaction_id"},message:"must have required property '"+"transaction_id"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.isolation_level === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/TransactionEvent/required",keyword:"required",params:{missingProperty: "isolation_level"},message:"must have required property '"+"isolation_level"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.duration_ms === undefined){
const err15 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/TransactionEvent/required",keyword:"required",params:{missingProperty: "duration_ms"},message:"must have required property '"+"duration_ms"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5.modified_rows === undefined){
const err16 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/TransactionEvent/required",keyword:"required",params:{missingProperty: "modified_rows"},message:"must have required property '"+"modified_rows"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5.username === undefined){
const err17 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/TransactionEvent/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.session_id === undefined){
const err18 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/TransactionEvent/required",keyword:"required",params:{missingProperty: "session_id"},message:"must have required property '"+"session_id"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5.at === undefined){
const err19 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/TransactionEvent/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data5){
if(!((((((((key1 === "event_type") || (key1 === "transaction_id")) || (key1 === "isolation_level")) || (key1 === "duration_ms")) || (key1 === "modified_rows")) || (key1 === "username")) || (key1 === "session_id")) || (key1 === "at"))){
const err20 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/TransactionEvent/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.event_type !== undefined){
let data6 = data5.event_type;
if(typeof data6 !== "string"){
const err21 = {instancePath:instancePath+"/data/event_type",schemaPath:"components.json#/$defs/TransactionEvent/properties/event_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!(((((data6 === "BEGIN") || (data6 === "COMMIT")) || (data6 === "ROLLBACK")) || (data6 === "TIMEOUT")) || (data6 === "FAILED"))){
const err22 = {instancePath:instancePath+"/data/event_type",schemaPath:"components.json#/$defs/TransactionEvent/properties/event_type/enum",keyword:"enum",params:{allowedValues: schema51.properties.event_type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data5.transaction_id !== undefined){
if(typeof data5.transaction_id !== "string"){
const err23 = {instancePath:instancePath+"/data/transaction_id",schemaPath:"components.json#/$defs/TransactionEvent/properties/transaction_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5.isolation_level !== undefined){
let data8 = data5.isolation_level;
if((typeof data8 !== "string") && (data8 !== null)){
const err24 = {instancePath:instancePath+"/data/isolation_level",schemaPath:"components.json#/$defs/TransactionEvent/properties/isolation_level/type",keyword:"type",params:{type: schema51.properties.isolation_level.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data5.duration_ms !== undefined){
let data9 = data5.duration_ms;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err25 = {instancePath:instancePath+"/data/duration_ms",schemaPath:"components.json#/$defs/TransactionEvent/properties/duration_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/data/duration_ms",schemaPath:"components.json#/$defs/TransactionEvent/properties/duration_ms/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data5.modified_rows !== undefined){
let data10 = data5.modified_rows;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err27 = {instancePath:instancePath+"/data/modified_rows",schemaPath:"components.json#/$defs/TransactionEvent/properties/modified_rows/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err28 = {instancePath:instancePath+"/data/modified_rows",schemaPath:"components.json#/$defs/TransactionEvent/properties/modified_rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data5.username !== undefined){
let data11 = data5.username;
if((typeof data11 !== "string") && (data11 !== null)){
const err29 = {instancePath:instancePath+"/data/username",schemaPath:"components.json#/$defs/TransactionEvent/properties/username/type",keyword:"type",params:{type: schema51.properties.username.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data5.session_id !== undefined){
let data12 = data5.session_id;
if((typeof data12 !== "string") && (data12 !== null)){
const err30 = {instancePath:instancePath+"/data/session_id",schemaPath:"components.json#/$defs/TransactionEvent/properties/session_id/type",keyword:"type",params:{type: schema51.properties.session_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data5.at !== undefined){
let data13 = data5.at;
if(typeof data13 === "string"){
if(!(formats0.validate(data13))){
const err31 = {instancePath:instancePath+"/data/at",schemaPath:"components.json#/$defs/TransactionEvent/properties/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/data/at",schemaPath:"components.json#/$defs/TransactionEvent/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/TransactionEvent/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const error_message = validate32;
const schema52 = {"$id":"error_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"error"},"data":{"$ref":"components.json#/$defs/ChannelError"}}}]};
const schema54 = {"title":"ChannelError","type":"object","required":["code","message"],"properties":{"code":{"type":"string","description":"The same codes as problem+json and GraphQL extensions.code.","examples":["VALIDATION_FAILED"]},"message":{"type":"string"},"errors":{"type":"array","items":{"type":"object","required":["pointer","message"],"properties":{"pointer":{"type":"string"},"message":{"type":"string"}},"additionalProperties":false}}},"additionalProperties":false};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="error_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("error" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "error"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.code === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/ChannelError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.message === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/ChannelError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "code") || (key1 === "message")) || (key1 === "errors"))){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/ChannelError/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.code !== undefined){
if(typeof data5.code !== "string"){
const err15 = {instancePath:instancePath+"/data/code",schemaPath:"components.json#/$defs/ChannelError/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.message !== undefined){
if(typeof data5.message !== "string"){
const err16 = {instancePath:instancePath+"/data/message",schemaPath:"components.json#/$defs/ChannelError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.errors !== undefined){
let data8 = data5.errors;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.pointer === undefined){
const err17 = {instancePath:instancePath+"/data/errors/" + i0,schemaPath:"components.json#/$defs/ChannelError/properties/errors/items/required",keyword:"required",params:{missingProperty: "pointer"},message:"must have required property '"+"pointer"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data9.message === undefined){
const err18 = {instancePath:instancePath+"/data/errors/" + i0,schemaPath:"components.json#/$defs/ChannelError/properties/errors/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key2 in data9){
if(!((key2 === "pointer") || (key2 === "message"))){
const err19 = {instancePath:instancePath+"/data/errors/" + i0,schemaPath:"components.json#/$defs/ChannelError/properties/errors/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data9.pointer !== undefined){
if(typeof data9.pointer !== "string"){
const err20 = {instancePath:instancePath+"/data/errors/" + i0+"/pointer",schemaPath:"components.json#/$defs/ChannelError/properties/errors/items/properties/pointer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data9.message !== undefined){
if(typeof data9.message !== "string"){
const err21 = {instancePath:instancePath+"/data/errors/" + i0+"/message",schemaPath:"components.json#/$defs/ChannelError/properties/errors/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/data/errors/" + i0,schemaPath:"components.json#/$defs/ChannelError/properties/errors/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/data/errors",schemaPath:"components.json#/$defs/ChannelError/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/ChannelError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const query_message = validate33;
const schema55 = {"$id":"query_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"query"},"data":{"$ref":"components.json#/$defs/QueryStreamRequest"}}}]};
const schema57 = {"title":"QueryStreamRequest","type":"object","required":["sql"],"properties":{"query_id":{"type":"string","minLength":1,"maxLength":128,"description":"Chosen by the client to tell its queries apart; the server makes one up when absent."},"sql":{"type":"string","minLength":1,"maxLength":1000000,"description":"One read-only statement."},"params":{"$ref":"components.json#/$defs/SqlParams"},"batch_size":{"type":"integer","minimum":1,"maximum":10000,"default":500,"description":"Rows per query_rows message."}},"additionalProperties":false};
const schema58 = {"title":"SqlParams","description":"Bound parameters: an array for positional ? placeholders (consumed in order across the statements of a script), or an object for named :name, @name or $name placeholders.","oneOf":[{"type":"array","items":{"$ref":"components.json#/$defs/SqlInput"},"maxItems":32766},{"type":"object","additionalProperties":{"$ref":"components.json#/$defs/SqlInput"}}]};
const schema59 = {"title":"SqlInput","description":"A value to store or bind: text, number, null, a BLOB as {\"$hex\": \"...\"}, a boolean (stored as 1 or 0), or any other object or array (stored as JSON text).","type":["string","number","boolean","null","object","array"]};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(Array.isArray(data)){
if(data.length > 32766){
const err0 = {instancePath,schemaPath:"#/oneOf/0/maxItems",keyword:"maxItems",params:{limit: 32766},message:"must NOT have more than 32766 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if((((typeof data0 != "object") && (typeof data0 !== "string")) && (!((typeof data0 == "number") && (isFinite(data0))))) && (typeof data0 !== "boolean")){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"components.json#/$defs/SqlInput/type",keyword:"type",params:{type: schema59.type},message:"must be string,number,boolean,null,object,array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var items0 = true;
}
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
let data1 = data[key0];
if((((typeof data1 != "object") && (typeof data1 !== "string")) && (!((typeof data1 == "number") && (isFinite(data1))))) && (typeof data1 !== "boolean")){
const err3 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"components.json#/$defs/SqlInput/type",keyword:"type",params:{type: schema59.type},message:"must be string,number,boolean,null,object,array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs6 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
var props0 = true;
}
}
if(!valid0){
const err5 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate35.errors = vErrors;
evaluated0.props = props0;
evaluated0.items = items0;
return errors === 0;
}
validate35.evaluated = {"dynamicProps":true,"dynamicItems":true};


function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.batch_size === undefined){
data.batch_size = 500;
}
if(data.sql === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sql"},message:"must have required property '"+"sql"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "query_id") || (key0 === "sql")) || (key0 === "params")) || (key0 === "batch_size"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.query_id !== undefined){
let data0 = data.query_id;
if(typeof data0 === "string"){
if(func1(data0) > 128){
const err2 = {instancePath:instancePath+"/query_id",schemaPath:"#/properties/query_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/query_id",schemaPath:"#/properties/query_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/query_id",schemaPath:"#/properties/query_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.sql !== undefined){
let data1 = data.sql;
if(typeof data1 === "string"){
if(func1(data1) > 1000000){
const err5 = {instancePath:instancePath+"/sql",schemaPath:"#/properties/sql/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func1(data1) < 1){
const err6 = {instancePath:instancePath+"/sql",schemaPath:"#/properties/sql/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/sql",schemaPath:"#/properties/sql/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.params !== undefined){
if(!(validate35(data.params, {instancePath:instancePath+"/params",parentData:data,parentDataProperty:"params",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
let data3 = data.batch_size;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err8 = {instancePath:instancePath+"/batch_size",schemaPath:"#/properties/batch_size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 10000 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/batch_size",schemaPath:"#/properties/batch_size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/batch_size",schemaPath:"#/properties/batch_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="query_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("query" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "query"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate34(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const cancel_message = validate38;
const schema61 = {"$id":"cancel_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"cancel"},"data":{"$ref":"components.json#/$defs/QueryRef"}}}]};
const schema63 = {"title":"QueryRef","type":"object","required":["query_id"],"properties":{"query_id":{"type":"string","minLength":1,"maxLength":128}},"additionalProperties":false};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="cancel_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("cancel" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "cancel"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.query_id === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryRef/required",keyword:"required",params:{missingProperty: "query_id"},message:"must have required property '"+"query_id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data5){
if(!(key1 === "query_id")){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.query_id !== undefined){
let data6 = data5.query_id;
if(typeof data6 === "string"){
if(func1(data6) > 128){
const err14 = {instancePath:instancePath+"/data/query_id",schemaPath:"components.json#/$defs/QueryRef/properties/query_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data6) < 1){
const err15 = {instancePath:instancePath+"/data/query_id",schemaPath:"components.json#/$defs/QueryRef/properties/query_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/data/query_id",schemaPath:"components.json#/$defs/QueryRef/properties/query_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const queryStarted_message = validate39;
const schema64 = {"$id":"queryStarted_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"query_started"},"data":{"$ref":"components.json#/$defs/QueryStarted"}}}]};
const schema66 = {"title":"QueryStarted","type":"object","required":["query_id","columns"],"properties":{"query_id":{"type":"string"},"columns":{"type":"array","items":{"$ref":"components.json#/$defs/ResultColumn"}}},"additionalProperties":false};
const schema67 = {"title":"ResultColumn","type":"object","required":["name","type"],"properties":{"name":{"type":"string"},"type":{"type":["string","null"],"description":"Declared type of the source column, null for expressions."},"table":{"type":["string","null"]}},"additionalProperties":false};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "query_id"},message:"must have required property '"+"query_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.columns === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "query_id") || (key0 === "columns"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.query_id !== undefined){
if(typeof data.query_id !== "string"){
const err3 = {instancePath:instancePath+"/query_id",schemaPath:"#/properties/query_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.columns !== undefined){
let data1 = data.columns;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name === undefined){
const err4 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"components.json#/$defs/ResultColumn/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.type === undefined){
const err5 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"components.json#/$defs/ResultColumn/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data2){
if(!(((key1 === "name") || (key1 === "type")) || (key1 === "table"))){
const err6 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"components.json#/$defs/ResultColumn/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.name !== undefined){
if(typeof data2.name !== "string"){
const err7 = {instancePath:instancePath+"/columns/" + i0+"/name",schemaPath:"components.json#/$defs/ResultColumn/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.type !== undefined){
let data4 = data2.type;
if((typeof data4 !== "string") && (data4 !== null)){
const err8 = {instancePath:instancePath+"/columns/" + i0+"/type",schemaPath:"components.json#/$defs/ResultColumn/properties/type/type",keyword:"type",params:{type: schema67.properties.type.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.table !== undefined){
let data5 = data2.table;
if((typeof data5 !== "string") && (data5 !== null)){
const err9 = {instancePath:instancePath+"/columns/" + i0+"/table",schemaPath:"components.json#/$defs/ResultColumn/properties/table/type",keyword:"type",params:{type: schema67.properties.table.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"components.json#/$defs/ResultColumn/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="queryStarted_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("query_started" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "query_started"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate40(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const queryRows_message = validate42;
const schema68 = {"$id":"queryRows_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"query_rows"},"data":{"$ref":"components.json#/$defs/QueryRows"}}}]};
const schema70 = {"title":"QueryRows","type":"object","required":["query_id","row_index","rows"],"properties":{"query_id":{"type":"string"},"row_index":{"type":"integer","minimum":0,"description":"Index of the first row of this batch in the whole result."},"rows":{"type":"array","items":{"type":"object","additionalProperties":{"$ref":"components.json#/$defs/SqlValue"}}}},"additionalProperties":false};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "query_id"},message:"must have required property '"+"query_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.row_index === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "row_index"},message:"must have required property '"+"row_index"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.rows === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rows"},message:"must have required property '"+"rows"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "query_id") || (key0 === "row_index")) || (key0 === "rows"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.query_id !== undefined){
if(typeof data.query_id !== "string"){
const err4 = {instancePath:instancePath+"/query_id",schemaPath:"#/properties/query_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.row_index !== undefined){
let data1 = data.row_index;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/row_index",schemaPath:"#/properties/row_index/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/row_index",schemaPath:"#/properties/row_index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.rows !== undefined){
let data2 = data.rows;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!(validate26(data3[key1], {instancePath:instancePath+"/rows/" + i0+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data3,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/rows/" + i0,schemaPath:"#/properties/rows/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="queryRows_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("query_rows" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "query_rows"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate43(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const queryProgress_message = validate46;
const schema71 = {"$id":"queryProgress_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"query_progress"},"data":{"$ref":"components.json#/$defs/QueryProgress"}}}]};
const schema73 = {"title":"QueryProgress","type":"object","required":["query_id","rows_sent","elapsed_ms"],"properties":{"query_id":{"type":"string"},"rows_sent":{"type":"integer","minimum":0},"elapsed_ms":{"type":"number","minimum":0}},"additionalProperties":false};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="queryProgress_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("query_progress" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "query_progress"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.query_id === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryProgress/required",keyword:"required",params:{missingProperty: "query_id"},message:"must have required property '"+"query_id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.rows_sent === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryProgress/required",keyword:"required",params:{missingProperty: "rows_sent"},message:"must have required property '"+"rows_sent"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.elapsed_ms === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryProgress/required",keyword:"required",params:{missingProperty: "elapsed_ms"},message:"must have required property '"+"elapsed_ms"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "query_id") || (key1 === "rows_sent")) || (key1 === "elapsed_ms"))){
const err15 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryProgress/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.query_id !== undefined){
if(typeof data5.query_id !== "string"){
const err16 = {instancePath:instancePath+"/data/query_id",schemaPath:"components.json#/$defs/QueryProgress/properties/query_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.rows_sent !== undefined){
let data7 = data5.rows_sent;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err17 = {instancePath:instancePath+"/data/rows_sent",schemaPath:"components.json#/$defs/QueryProgress/properties/rows_sent/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err18 = {instancePath:instancePath+"/data/rows_sent",schemaPath:"components.json#/$defs/QueryProgress/properties/rows_sent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data5.elapsed_ms !== undefined){
let data8 = data5.elapsed_ms;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err19 = {instancePath:instancePath+"/data/elapsed_ms",schemaPath:"components.json#/$defs/QueryProgress/properties/elapsed_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/data/elapsed_ms",schemaPath:"components.json#/$defs/QueryProgress/properties/elapsed_ms/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryProgress/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const queryCompleted_message = validate47;
const schema74 = {"$id":"queryCompleted_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"query_completed"},"data":{"$ref":"components.json#/$defs/QueryCompleted"}}}]};
const schema76 = {"title":"QueryCompleted","type":"object","required":["query_id","row_count","elapsed_ms"],"properties":{"query_id":{"type":"string"},"row_count":{"type":"integer","minimum":0},"elapsed_ms":{"type":"number","minimum":0}},"additionalProperties":false};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="queryCompleted_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("query_completed" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "query_completed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.query_id === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryCompleted/required",keyword:"required",params:{missingProperty: "query_id"},message:"must have required property '"+"query_id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.row_count === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryCompleted/required",keyword:"required",params:{missingProperty: "row_count"},message:"must have required property '"+"row_count"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.elapsed_ms === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryCompleted/required",keyword:"required",params:{missingProperty: "elapsed_ms"},message:"must have required property '"+"elapsed_ms"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "query_id") || (key1 === "row_count")) || (key1 === "elapsed_ms"))){
const err15 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryCompleted/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.query_id !== undefined){
if(typeof data5.query_id !== "string"){
const err16 = {instancePath:instancePath+"/data/query_id",schemaPath:"components.json#/$defs/QueryCompleted/properties/query_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.row_count !== undefined){
let data7 = data5.row_count;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err17 = {instancePath:instancePath+"/data/row_count",schemaPath:"components.json#/$defs/QueryCompleted/properties/row_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err18 = {instancePath:instancePath+"/data/row_count",schemaPath:"components.json#/$defs/QueryCompleted/properties/row_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data5.elapsed_ms !== undefined){
let data8 = data5.elapsed_ms;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err19 = {instancePath:instancePath+"/data/elapsed_ms",schemaPath:"components.json#/$defs/QueryCompleted/properties/elapsed_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/data/elapsed_ms",schemaPath:"components.json#/$defs/QueryCompleted/properties/elapsed_ms/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryCompleted/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const queryError_message = validate48;
const schema77 = {"$id":"queryError_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"query_error"},"data":{"$ref":"components.json#/$defs/QueryError"}}}]};
const schema79 = {"title":"QueryError","type":"object","required":["query_id","code","message"],"properties":{"query_id":{"type":"string"},"code":{"type":"string","examples":["SQL_ERROR","CANCELLED","STATEMENT_TIMEOUT"]},"message":{"type":"string"},"rows_sent":{"type":"integer","minimum":0}},"additionalProperties":false};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="queryError_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("query_error" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "query_error"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.query_id === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryError/required",keyword:"required",params:{missingProperty: "query_id"},message:"must have required property '"+"query_id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.code === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.message === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data5){
if(!((((key1 === "query_id") || (key1 === "code")) || (key1 === "message")) || (key1 === "rows_sent"))){
const err15 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryError/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.query_id !== undefined){
if(typeof data5.query_id !== "string"){
const err16 = {instancePath:instancePath+"/data/query_id",schemaPath:"components.json#/$defs/QueryError/properties/query_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.code !== undefined){
if(typeof data5.code !== "string"){
const err17 = {instancePath:instancePath+"/data/code",schemaPath:"components.json#/$defs/QueryError/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.message !== undefined){
if(typeof data5.message !== "string"){
const err18 = {instancePath:instancePath+"/data/message",schemaPath:"components.json#/$defs/QueryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.rows_sent !== undefined){
let data9 = data5.rows_sent;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err19 = {instancePath:instancePath+"/data/rows_sent",schemaPath:"components.json#/$defs/QueryError/properties/rows_sent/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err20 = {instancePath:instancePath+"/data/rows_sent",schemaPath:"components.json#/$defs/QueryError/properties/rows_sent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
}
else {
const err21 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const subscribe_message = validate49;
const schema80 = {"$id":"subscribe_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"subscribe"},"data":{"$ref":"components.json#/$defs/SubscribeRequest"}}}]};
const schema82 = {"title":"SubscribeRequest","type":"object","required":["channel"],"properties":{"subscription_id":{"type":"string","minLength":1,"maxLength":128,"description":"Chosen by the client; the server makes one up when absent."},"channel":{"type":"string","description":"A channel name: the last part of its dedicated address, e.g. events for /api/v1/ws/events.","examples":["events","query"]},"params":{"type":"object","additionalProperties":{"type":"string"},"description":"What the dedicated address takes as query parameters."}},"additionalProperties":false};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="subscribe_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("subscribe" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "subscribe"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.channel === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscribeRequest/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "subscription_id") || (key1 === "channel")) || (key1 === "params"))){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscribeRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.subscription_id !== undefined){
let data6 = data5.subscription_id;
if(typeof data6 === "string"){
if(func1(data6) > 128){
const err14 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscribeRequest/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data6) < 1){
const err15 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscribeRequest/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscribeRequest/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.channel !== undefined){
if(typeof data5.channel !== "string"){
const err17 = {instancePath:instancePath+"/data/channel",schemaPath:"components.json#/$defs/SubscribeRequest/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.params !== undefined){
let data8 = data5.params;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key2 in data8){
if(typeof data8[key2] !== "string"){
const err18 = {instancePath:instancePath+"/data/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"components.json#/$defs/SubscribeRequest/properties/params/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/data/params",schemaPath:"components.json#/$defs/SubscribeRequest/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscribeRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const subscribed_message = validate50;
const schema83 = {"$id":"subscribed_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"subscribed"},"data":{"$ref":"components.json#/$defs/SubscriptionRef"}}}]};
const schema85 = {"title":"SubscriptionRef","type":"object","required":["subscription_id"],"properties":{"subscription_id":{"type":"string","minLength":1,"maxLength":128},"channel":{"type":"string"}},"additionalProperties":false};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="subscribed_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("subscribed" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "subscribed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.subscription_id === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/required",keyword:"required",params:{missingProperty: "subscription_id"},message:"must have required property '"+"subscription_id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "subscription_id") || (key1 === "channel"))){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.subscription_id !== undefined){
let data6 = data5.subscription_id;
if(typeof data6 === "string"){
if(func1(data6) > 128){
const err14 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data6) < 1){
const err15 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.channel !== undefined){
if(typeof data5.channel !== "string"){
const err17 = {instancePath:instancePath+"/data/channel",schemaPath:"components.json#/$defs/SubscriptionRef/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const unsubscribe_message = validate51;
const schema86 = {"$id":"unsubscribe_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"unsubscribe"},"data":{"$ref":"components.json#/$defs/SubscriptionRef"}}}]};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="unsubscribe_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("unsubscribe" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "unsubscribe"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.subscription_id === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/required",keyword:"required",params:{missingProperty: "subscription_id"},message:"must have required property '"+"subscription_id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "subscription_id") || (key1 === "channel"))){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.subscription_id !== undefined){
let data6 = data5.subscription_id;
if(typeof data6 === "string"){
if(func1(data6) > 128){
const err14 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data6) < 1){
const err15 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.channel !== undefined){
if(typeof data5.channel !== "string"){
const err17 = {instancePath:instancePath+"/data/channel",schemaPath:"components.json#/$defs/SubscriptionRef/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const unsubscribed_message = validate52;
const schema89 = {"$id":"unsubscribed_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"unsubscribed"},"data":{"$ref":"components.json#/$defs/SubscriptionRef"}}}]};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="unsubscribed_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("unsubscribed" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "unsubscribed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.subscription_id === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/required",keyword:"required",params:{missingProperty: "subscription_id"},message:"must have required property '"+"subscription_id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "subscription_id") || (key1 === "channel"))){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.subscription_id !== undefined){
let data6 = data5.subscription_id;
if(typeof data6 === "string"){
if(func1(data6) > 128){
const err14 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data6) < 1){
const err15 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.channel !== undefined){
if(typeof data5.channel !== "string"){
const err17 = {instancePath:instancePath+"/data/channel",schemaPath:"components.json#/$defs/SubscriptionRef/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const systemMetrics_message = validate53;
const schema92 = {"$id":"systemMetrics_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"system_metrics"},"data":{"$ref":"components.json#/$defs/SystemMetrics"}}}]};
const schema94 = {"title":"SystemMetrics","description":"System and database figures of the latest sampling interval, as the metrics channel sends them.","type":"object","required":["cpu_usage","memory_usage","memory_total","memory_percent","disk_read_bps","disk_write_bps","network_rx_bps","network_tx_bps","active_connections","active_queries"],"properties":{"cpu_usage":{"type":"number","minimum":0,"description":"Process CPU, percent of one core."},"memory_usage":{"type":"integer","minimum":0,"description":"Resident memory of the process."},"memory_total":{"type":"integer","minimum":0,"description":"Memory of the machine."},"memory_percent":{"type":"number","minimum":0},"disk_read_bps":{"type":["number","null"],"minimum":0,"description":"This process's storage reads, bytes per second (null where /proc is missing)."},"disk_write_bps":{"type":["number","null"],"minimum":0},"network_rx_bps":{"type":["number","null"],"minimum":0,"description":"The machine's network interfaces but loopback."},"network_tx_bps":{"type":["number","null"],"minimum":0},"active_connections":{"type":"integer","minimum":0,"description":"Open WebSocket connections."},"active_queries":{"type":"integer","minimum":0,"description":"SQL statements running now."}},"additionalProperties":false};

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="systemMetrics_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("system_metrics" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "system_metrics"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.cpu_usage === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SystemMetrics/required",keyword:"required",params:{missingProperty: "cpu_usage"},message:"must have required property '"+"cpu_usage"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.memory_usage === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SystemMetrics/required",keyword:"required",params:{missingProperty: "memory_usage"},message:"must have required property '"+"memory_usage"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.memory_total === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SystemMetrics/required",keyword:"required",params:{missingProperty: "memory_total"},message:"must have required property '"+"memory_total"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.memory_percent === undefined){
const err15 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SystemMetrics/required",keyword:"required",params:{missingProperty: "memory_percent"},message:"must have required property '"+"memory_percent"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5.disk_read_bps === undefined){
const err16 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SystemMetrics/required",keyword:"required",params:{missingProperty: "disk_read_bps"},message:"must have required property '"+"disk_read_bps"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5.disk_write_bps === undefined){
const err17 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SystemMetrics/required",keyword:"required",params:{missingProperty: "disk_write_bps"},message:"must have required property '"+"disk_write_bps"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.network_rx_bps === undefined){
const err18 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SystemMetrics/required",keyword:"required",params:{missingProperty: "network_rx_bps"},message:"must have required property '"+"network_rx_bps"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5.network_tx_bps === undefined){
const err19 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SystemMetrics/required",keyword:"required",params:{missingProperty: "network_tx_bps"},message:"must have required property '"+"network_tx_bps"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5.active_connections === undefined){
const err20 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SystemMetrics/required",keyword:"required",params:{missingProperty: "active_connections"},message:"must have required property '"+"active_connections"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data5.active_queries === undefined){
const err21 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SystemMetrics/required",keyword:"required",params:{missingProperty: "active_queries"},message:"must have required property '"+"active_queries"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key1 in data5){
if(!(func7.call(schema94.properties, key1))){
const err22 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SystemMetrics/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data5.cpu_usage !== undefined){
let data6 = data5.cpu_usage;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err23 = {instancePath:instancePath+"/data/cpu_usage",schemaPath:"components.json#/$defs/SystemMetrics/properties/cpu_usage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/data/cpu_usage",schemaPath:"components.json#/$defs/SystemMetrics/properties/cpu_usage/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data5.memory_usage !== undefined){
let data7 = data5.memory_usage;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err25 = {instancePath:instancePath+"/data/memory_usage",schemaPath:"components.json#/$defs/SystemMetrics/properties/memory_usage/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err26 = {instancePath:instancePath+"/data/memory_usage",schemaPath:"components.json#/$defs/SystemMetrics/properties/memory_usage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data5.memory_total !== undefined){
let data8 = data5.memory_total;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err27 = {instancePath:instancePath+"/data/memory_total",schemaPath:"components.json#/$defs/SystemMetrics/properties/memory_total/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err28 = {instancePath:instancePath+"/data/memory_total",schemaPath:"components.json#/$defs/SystemMetrics/properties/memory_total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data5.memory_percent !== undefined){
let data9 = data5.memory_percent;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err29 = {instancePath:instancePath+"/data/memory_percent",schemaPath:"components.json#/$defs/SystemMetrics/properties/memory_percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/data/memory_percent",schemaPath:"components.json#/$defs/SystemMetrics/properties/memory_percent/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data5.disk_read_bps !== undefined){
let data10 = data5.disk_read_bps;
if((!((typeof data10 == "number") && (isFinite(data10)))) && (data10 !== null)){
const err31 = {instancePath:instancePath+"/data/disk_read_bps",schemaPath:"components.json#/$defs/SystemMetrics/properties/disk_read_bps/type",keyword:"type",params:{type: schema94.properties.disk_read_bps.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err32 = {instancePath:instancePath+"/data/disk_read_bps",schemaPath:"components.json#/$defs/SystemMetrics/properties/disk_read_bps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data5.disk_write_bps !== undefined){
let data11 = data5.disk_write_bps;
if((!((typeof data11 == "number") && (isFinite(data11)))) && (data11 !== null)){
const err33 = {instancePath:instancePath+"/data/disk_write_bps",schemaPath:"components.json#/$defs/SystemMetrics/properties/disk_write_bps/type",keyword:"type",params:{type: schema94.properties.disk_write_bps.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err34 = {instancePath:instancePath+"/data/disk_write_bps",schemaPath:"components.json#/$defs/SystemMetrics/properties/disk_write_bps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data5.network_rx_bps !== undefined){
let data12 = data5.network_rx_bps;
if((!((typeof data12 == "number") && (isFinite(data12)))) && (data12 !== null)){
const err35 = {instancePath:instancePath+"/data/network_rx_bps",schemaPath:"components.json#/$defs/SystemMetrics/properties/network_rx_bps/type",keyword:"type",params:{type: schema94.properties.network_rx_bps.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err36 = {instancePath:instancePath+"/data/network_rx_bps",schemaPath:"components.json#/$defs/SystemMetrics/properties/network_rx_bps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
if(data5.network_tx_bps !== undefined){
let data13 = data5.network_tx_bps;
if((!((typeof data13 == "number") && (isFinite(data13)))) && (data13 !== null)){
const err37 = {instancePath:instancePath+"/data/network_tx_bps",schemaPath:"components.json#/$defs/SystemMetrics/properties/network_tx_bps/type",keyword:"type",params:{type: schema94.properties.network_tx_bps.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err38 = {instancePath:instancePath+"/data/network_tx_bps",schemaPath:"components.json#/$defs/SystemMetrics/properties/network_tx_bps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
if(data5.active_connections !== undefined){
let data14 = data5.active_connections;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err39 = {instancePath:instancePath+"/data/active_connections",schemaPath:"components.json#/$defs/SystemMetrics/properties/active_connections/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err40 = {instancePath:instancePath+"/data/active_connections",schemaPath:"components.json#/$defs/SystemMetrics/properties/active_connections/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data5.active_queries !== undefined){
let data15 = data5.active_queries;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err41 = {instancePath:instancePath+"/data/active_queries",schemaPath:"components.json#/$defs/SystemMetrics/properties/active_queries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err42 = {instancePath:instancePath+"/data/active_queries",schemaPath:"components.json#/$defs/SystemMetrics/properties/active_queries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
}
else {
const err43 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SystemMetrics/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const dashboardUpdate_message = validate54;
const schema95 = {"$id":"dashboardUpdate_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"dashboard_update"},"data":{"$ref":"components.json#/$defs/DashboardUpdate"}}}]};
const schema97 = {"title":"DashboardUpdate","description":"Everything a dashboard shows, at one moment.","type":"object","required":["metrics","health","alerts"],"properties":{"metrics":{"$ref":"components.json#/$defs/MetricsSnapshot"},"health":{"$ref":"components.json#/$defs/HealthReport"},"alerts":{"type":"array","items":{"$ref":"components.json#/$defs/Alert"},"description":"Alerts not yet resolved, newest first."}},"additionalProperties":false};
const schema105 = {"title":"HealthReport","description":"Each component checked, timed, with what was found. fail when any component fails; warn when one is close to failing.","type":"object","required":["status","checkedAt","uptimeSeconds","components"],"properties":{"status":{"type":"string","enum":["pass","warn","fail"]},"checkedAt":{"type":"string","format":"date-time"},"uptimeSeconds":{"type":"number","minimum":0},"components":{"type":"array","items":{"type":"object","required":["name","status","responseTimeMs","details"],"properties":{"name":{"type":"string","enum":["storage","change-log","event-bus","disk-space","wal-size","memory","event-loop"]},"status":{"type":"string","enum":["pass","warn","fail"]},"responseTimeMs":{"type":"number","minimum":0},"details":{"type":"string"}},"additionalProperties":false}}},"additionalProperties":false};
const schema106 = {"title":"Alert","description":"An alert: firing, then acknowledged (optionally), then resolved.","type":"object","required":["id","ruleId","ruleName","metric","comparison","threshold","severity","state","value","message","firedAt","acknowledgedAt","acknowledgedBy","resolvedAt"],"properties":{"id":{"type":"string"},"ruleId":{"type":"string"},"ruleName":{"type":"string"},"metric":{"type":"string","enum":["event_loop_lag_p99_ms","cpu_percent","memory_rss_bytes","disk_used_percent","wal_bytes","http_error_rate","sql_error_rate","sql_p99_ms","open_transactions","open_sessions","websocket_connections"],"description":"event_loop_lag_p99_ms (last second), cpu_percent (last second, of one core), memory_rss_bytes, disk_used_percent (data volume), wal_bytes, http_error_rate (5xx share since the previous evaluation, 0 to 1), sql_error_rate (failed share since the previous evaluation), sql_p99_ms (recent statements), open_transactions, open_sessions, websocket_connections."},"comparison":{"type":"string","enum":["gt","gte","lt","lte"]},"threshold":{"type":"number"},"severity":{"type":"string","enum":["info","warning","error","critical"]},"state":{"type":"string","enum":["firing","acknowledged","resolved"]},"value":{"type":"number","description":"The metric's value at the latest evaluation while the alert was open."},"message":{"type":"string"},"firedAt":{"type":"string","format":"date-time"},"acknowledgedAt":{"type":["string","null"],"format":"date-time"},"acknowledgedBy":{"type":["string","null"]},"resolvedAt":{"type":["string","null"],"format":"date-time"}},"additionalProperties":false};
const schema98 = {"title":"MetricsSnapshot","description":"Every figure of the running server at one moment. The same figures, as counters and histograms, are at /api/v1/metrics/prometheus.","type":"object","required":["timestamp","uptimeSeconds","http","graphql","websocket","queries","sessions","performance"],"properties":{"timestamp":{"type":"string","format":"date-time"},"uptimeSeconds":{"type":"number","minimum":0},"http":{"type":"object","required":["requests","requestsPerSecond","latencyMs","operations"],"properties":{"requests":{"type":"integer","minimum":0},"requestsPerSecond":{"type":"number","minimum":0},"latencyMs":{"$ref":"components.json#/$defs/LatencySummary"},"operations":{"type":"array","items":{"type":"object","required":["operation","requests","clientErrors","serverErrors","meanLatencyMs"],"properties":{"operation":{"type":"string","description":"operationId; graphql for GraphQL over HTTP; other for requests no operation took."},"requests":{"type":"integer","minimum":0},"clientErrors":{"type":"integer","minimum":0,"description":"4xx answers."},"serverErrors":{"type":"integer","minimum":0,"description":"5xx answers."},"meanLatencyMs":{"type":"number","minimum":0}},"additionalProperties":false},"description":"Busiest first."}},"additionalProperties":false},"graphql":{"type":"object","description":"GraphQL query and mutation root fields; errors are counted by the HTTP status their code maps to.","required":["operations"],"properties":{"operations":{"type":"array","description":"Busiest first.","items":{"type":"object","required":["operation","requests","clientErrors","serverErrors","meanLatencyMs"],"properties":{"operation":{"type":"string","description":"The root field."},"requests":{"type":"integer","minimum":0},"clientErrors":{"type":"integer","minimum":0},"serverErrors":{"type":"integer","minimum":0},"meanLatencyMs":{"type":"number","minimum":0}},"additionalProperties":false}}},"additionalProperties":false},"websocket":{"type":"object","required":["connections","messagesReceived","messagesSent","endpoints"],"properties":{"connections":{"type":"integer","minimum":0},"messagesReceived":{"type":"integer","minimum":0},"messagesSent":{"type":"integer","minimum":0},"endpoints":{"type":"array","items":{"type":"object","required":["endpoint","connections"],"properties":{"endpoint":{"type":"string","description":"A channel name, or graphql."},"connections":{"type":"integer","minimum":0}},"additionalProperties":false}}},"additionalProperties":false},"queries":{"$ref":"components.json#/$defs/QueryStats"},"sessions":{"$ref":"components.json#/$defs/SessionStats"},"performance":{"$ref":"components.json#/$defs/PerformanceData"}},"additionalProperties":false};
const schema99 = {"title":"LatencySummary","description":"Latency percentiles (nearest rank), mean and maximum, in milliseconds, over the most recent observations.","type":"object","required":["p50","p95","p99","mean","max"],"properties":{"p50":{"type":"number","minimum":0},"p95":{"type":"number","minimum":0},"p99":{"type":"number","minimum":0},"mean":{"type":"number","minimum":0},"max":{"type":"number","minimum":0}},"additionalProperties":false};
const schema104 = {"title":"PerformanceData","description":"Process, storage and engine figures; rates are over the last sampling interval (one second). Figures the operating system does not provide are null.","type":"object","required":["timestamp","cpuPercent","memory","eventLoopLagMs","disk","network","storage","transactions","changes","queriesPerSecond","intervalSeconds"],"properties":{"timestamp":{"type":"string","format":"date-time"},"cpuPercent":{"type":"number","minimum":0,"description":"Process CPU time over the interval, percent of one core (above 100 with busy worker threads)."},"memory":{"type":"object","required":["rssBytes","heapUsedBytes","heapTotalBytes","externalBytes","systemTotalBytes","systemFreeBytes"],"properties":{"rssBytes":{"type":"integer","minimum":0},"heapUsedBytes":{"type":"integer","minimum":0},"heapTotalBytes":{"type":"integer","minimum":0},"externalBytes":{"type":"integer","minimum":0},"systemTotalBytes":{"type":"integer","minimum":0},"systemFreeBytes":{"type":"integer","minimum":0}},"additionalProperties":false},"eventLoopLagMs":{"type":"object","description":"How late the event loop ran timers over the interval.","required":["mean","p99","max"],"properties":{"mean":{"type":"number","minimum":0},"p99":{"type":"number","minimum":0},"max":{"type":"number","minimum":0}},"additionalProperties":false},"disk":{"type":"object","description":"This process's storage I/O (/proc/self/io) and the volume of the data directory.","required":["readBytesPerSecond","writeBytesPerSecond","totalBytes","freeBytes"],"properties":{"readBytesPerSecond":{"type":["number","null"],"minimum":0},"writeBytesPerSecond":{"type":["number","null"],"minimum":0},"totalBytes":{"type":"integer","minimum":0},"freeBytes":{"type":"integer","minimum":0}},"additionalProperties":false},"network":{"type":"object","description":"Traffic of the machine's network interfaces other than loopback (/proc/net/dev).","required":["receivedBytesPerSecond","sentBytesPerSecond"],"properties":{"receivedBytesPerSecond":{"type":["number","null"],"minimum":0},"sentBytesPerSecond":{"type":["number","null"],"minimum":0}},"additionalProperties":false},"storage":{"type":"object","description":"The SQLite database file.","required":["fileBytes","walBytes","pageSizeBytes","pageCount","freePages","cacheSizeKiB"],"properties":{"fileBytes":{"type":"integer","minimum":0},"walBytes":{"type":"integer","minimum":0},"pageSizeBytes":{"type":"integer","minimum":0},"pageCount":{"type":"integer","minimum":0},"freePages":{"type":"integer","minimum":0},"cacheSizeKiB":{"type":"number","minimum":0,"description":"Page cache each SQLite connection may keep (PRAGMA cache_size)."}},"additionalProperties":false},"transactions":{"type":"object","required":["open","committed","rolledBack","commitsPerSecond","rollbacksPerSecond"],"properties":{"open":{"type":"integer","minimum":0},"committed":{"type":"integer","minimum":0},"rolledBack":{"type":"integer","minimum":0,"description":"Ended other than by commit (rolled back, timed out, failed) since start."},"commitsPerSecond":{"type":"number","minimum":0},"rollbacksPerSecond":{"type":"number","minimum":0}},"additionalProperties":false},"changes":{"type":"object","required":["scn","scnPerSecond","rowChanges"],"properties":{"scn":{"type":"integer","minimum":0,"description":"The latest system change number."},"scnPerSecond":{"type":"number","minimum":0},"rowChanges":{"type":"integer","minimum":0,"description":"Row changes delivered on the change log since start."}},"additionalProperties":false},"queriesPerSecond":{"type":"number","minimum":0},"intervalSeconds":{"type":"number","minimum":0,"description":"Seconds the rates cover; 0 before the first interval ends."}},"additionalProperties":false};
const schema100 = {"title":"QueryStats","description":"SQL statement figures, counted from every statement that finished since the server started.","type":"object","required":["total","completed","failed","cancelled","errorRate","rows","latencyMs","window","running"],"properties":{"total":{"type":"integer","minimum":0},"completed":{"type":"integer","minimum":0},"failed":{"type":"integer","minimum":0},"cancelled":{"type":"integer","minimum":0},"errorRate":{"type":"number","minimum":0,"description":"failed / total since start; 0 with no statements."},"rows":{"type":"integer","minimum":0,"description":"Rows the statements returned or changed."},"latencyMs":{"$ref":"components.json#/$defs/LatencySummary"},"window":{"type":"integer","minimum":0,"description":"Statements the latency figures cover (the most recent, up to 10,000)."},"running":{"type":"integer","minimum":0,"description":"Statements running now."}},"additionalProperties":false};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.total === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.completed === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "completed"},message:"must have required property '"+"completed"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.failed === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "failed"},message:"must have required property '"+"failed"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.cancelled === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cancelled"},message:"must have required property '"+"cancelled"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.errorRate === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errorRate"},message:"must have required property '"+"errorRate"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.rows === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rows"},message:"must have required property '"+"rows"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.latencyMs === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "latencyMs"},message:"must have required property '"+"latencyMs"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.window === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "window"},message:"must have required property '"+"window"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.running === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "running"},message:"must have required property '"+"running"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func7.call(schema100.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.total !== undefined){
let data0 = data.total;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err10 = {instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err11 = {instancePath:instancePath+"/total",schemaPath:"#/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.completed !== undefined){
let data1 = data.completed;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err12 = {instancePath:instancePath+"/completed",schemaPath:"#/properties/completed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err13 = {instancePath:instancePath+"/completed",schemaPath:"#/properties/completed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.failed !== undefined){
let data2 = data.failed;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err14 = {instancePath:instancePath+"/failed",schemaPath:"#/properties/failed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err15 = {instancePath:instancePath+"/failed",schemaPath:"#/properties/failed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.cancelled !== undefined){
let data3 = data.cancelled;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err16 = {instancePath:instancePath+"/cancelled",schemaPath:"#/properties/cancelled/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err17 = {instancePath:instancePath+"/cancelled",schemaPath:"#/properties/cancelled/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.errorRate !== undefined){
let data4 = data.errorRate;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err18 = {instancePath:instancePath+"/errorRate",schemaPath:"#/properties/errorRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/errorRate",schemaPath:"#/properties/errorRate/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.rows !== undefined){
let data5 = data.rows;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err20 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err21 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data.latencyMs !== undefined){
let data6 = data.latencyMs;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.p50 === undefined){
const err22 = {instancePath:instancePath+"/latencyMs",schemaPath:"components.json#/$defs/LatencySummary/required",keyword:"required",params:{missingProperty: "p50"},message:"must have required property '"+"p50"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data6.p95 === undefined){
const err23 = {instancePath:instancePath+"/latencyMs",schemaPath:"components.json#/$defs/LatencySummary/required",keyword:"required",params:{missingProperty: "p95"},message:"must have required property '"+"p95"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data6.p99 === undefined){
const err24 = {instancePath:instancePath+"/latencyMs",schemaPath:"components.json#/$defs/LatencySummary/required",keyword:"required",params:{missingProperty: "p99"},message:"must have required property '"+"p99"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data6.mean === undefined){
const err25 = {instancePath:instancePath+"/latencyMs",schemaPath:"components.json#/$defs/LatencySummary/required",keyword:"required",params:{missingProperty: "mean"},message:"must have required property '"+"mean"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data6.max === undefined){
const err26 = {instancePath:instancePath+"/latencyMs",schemaPath:"components.json#/$defs/LatencySummary/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key1 in data6){
if(!(((((key1 === "p50") || (key1 === "p95")) || (key1 === "p99")) || (key1 === "mean")) || (key1 === "max"))){
const err27 = {instancePath:instancePath+"/latencyMs",schemaPath:"components.json#/$defs/LatencySummary/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data6.p50 !== undefined){
let data7 = data6.p50;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err28 = {instancePath:instancePath+"/latencyMs/p50",schemaPath:"components.json#/$defs/LatencySummary/properties/p50/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/latencyMs/p50",schemaPath:"components.json#/$defs/LatencySummary/properties/p50/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data6.p95 !== undefined){
let data8 = data6.p95;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err30 = {instancePath:instancePath+"/latencyMs/p95",schemaPath:"components.json#/$defs/LatencySummary/properties/p95/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/latencyMs/p95",schemaPath:"components.json#/$defs/LatencySummary/properties/p95/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data6.p99 !== undefined){
let data9 = data6.p99;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err32 = {instancePath:instancePath+"/latencyMs/p99",schemaPath:"components.json#/$defs/LatencySummary/properties/p99/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/latencyMs/p99",schemaPath:"components.json#/$defs/LatencySummary/properties/p99/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data6.mean !== undefined){
let data10 = data6.mean;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err34 = {instancePath:instancePath+"/latencyMs/mean",schemaPath:"components.json#/$defs/LatencySummary/properties/mean/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/latencyMs/mean",schemaPath:"components.json#/$defs/LatencySummary/properties/mean/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data6.max !== undefined){
let data11 = data6.max;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err36 = {instancePath:instancePath+"/latencyMs/max",schemaPath:"components.json#/$defs/LatencySummary/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/latencyMs/max",schemaPath:"components.json#/$defs/LatencySummary/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/latencyMs",schemaPath:"components.json#/$defs/LatencySummary/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.window !== undefined){
let data12 = data.window;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err39 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err40 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data.running !== undefined){
let data13 = data.running;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err41 = {instancePath:instancePath+"/running",schemaPath:"#/properties/running/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err42 = {instancePath:instancePath+"/running",schemaPath:"#/properties/running/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
}
else {
const err43 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema102 = {"title":"SessionStats","description":"Sign-in sessions (opened and closed since the server started) and open WebSocket connections.","type":"object","required":["open","active","idle","peak","openedTotal","closedTotal","averageDurationSeconds","websocketConnections","sessions"],"properties":{"open":{"type":"integer","minimum":0},"active":{"type":"integer","minimum":0},"idle":{"type":"integer","minimum":0},"peak":{"type":"integer","minimum":0,"description":"Most sessions open at once since start."},"openedTotal":{"type":"integer","minimum":0},"closedTotal":{"type":"integer","minimum":0},"averageDurationSeconds":{"type":"number","minimum":0,"description":"Mean life of the sessions closed since start; 0 when none has closed."},"websocketConnections":{"type":"integer","minimum":0},"sessions":{"type":"array","items":{"$ref":"components.json#/$defs/SessionInfo"},"description":"The open sessions."}},"additionalProperties":false};
const schema103 = {"title":"SessionInfo","description":"A sign-in session open now.","type":"object","required":["sessionId","userId","username","openedAt","state","runningQueries","queries","lastActivityAt"],"properties":{"sessionId":{"type":"string"},"userId":{"type":"string"},"username":{"type":"string"},"openedAt":{"type":"string","format":"date-time"},"state":{"type":"string","enum":["active","idle"],"description":"active while a statement of the session runs."},"runningQueries":{"type":"integer","minimum":0},"queries":{"type":"integer","minimum":0,"description":"Statements finished in this session."},"lastActivityAt":{"type":"string","format":"date-time"}},"additionalProperties":false};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.open === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "open"},message:"must have required property '"+"open"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.active === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "active"},message:"must have required property '"+"active"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.idle === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "idle"},message:"must have required property '"+"idle"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.peak === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "peak"},message:"must have required property '"+"peak"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.openedTotal === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "openedTotal"},message:"must have required property '"+"openedTotal"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.closedTotal === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "closedTotal"},message:"must have required property '"+"closedTotal"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.averageDurationSeconds === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "averageDurationSeconds"},message:"must have required property '"+"averageDurationSeconds"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.websocketConnections === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "websocketConnections"},message:"must have required property '"+"websocketConnections"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.sessions === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sessions"},message:"must have required property '"+"sessions"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func7.call(schema102.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.open !== undefined){
let data0 = data.open;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err10 = {instancePath:instancePath+"/open",schemaPath:"#/properties/open/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err11 = {instancePath:instancePath+"/open",schemaPath:"#/properties/open/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.active !== undefined){
let data1 = data.active;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err12 = {instancePath:instancePath+"/active",schemaPath:"#/properties/active/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err13 = {instancePath:instancePath+"/active",schemaPath:"#/properties/active/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.idle !== undefined){
let data2 = data.idle;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err14 = {instancePath:instancePath+"/idle",schemaPath:"#/properties/idle/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err15 = {instancePath:instancePath+"/idle",schemaPath:"#/properties/idle/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.peak !== undefined){
let data3 = data.peak;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err16 = {instancePath:instancePath+"/peak",schemaPath:"#/properties/peak/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err17 = {instancePath:instancePath+"/peak",schemaPath:"#/properties/peak/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.openedTotal !== undefined){
let data4 = data.openedTotal;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err18 = {instancePath:instancePath+"/openedTotal",schemaPath:"#/properties/openedTotal/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err19 = {instancePath:instancePath+"/openedTotal",schemaPath:"#/properties/openedTotal/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data.closedTotal !== undefined){
let data5 = data.closedTotal;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err20 = {instancePath:instancePath+"/closedTotal",schemaPath:"#/properties/closedTotal/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err21 = {instancePath:instancePath+"/closedTotal",schemaPath:"#/properties/closedTotal/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data.averageDurationSeconds !== undefined){
let data6 = data.averageDurationSeconds;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err22 = {instancePath:instancePath+"/averageDurationSeconds",schemaPath:"#/properties/averageDurationSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/averageDurationSeconds",schemaPath:"#/properties/averageDurationSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.websocketConnections !== undefined){
let data7 = data.websocketConnections;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err24 = {instancePath:instancePath+"/websocketConnections",schemaPath:"#/properties/websocketConnections/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err25 = {instancePath:instancePath+"/websocketConnections",schemaPath:"#/properties/websocketConnections/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data.sessions !== undefined){
let data8 = data.sessions;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.sessionId === undefined){
const err26 = {instancePath:instancePath+"/sessions/" + i0,schemaPath:"components.json#/$defs/SessionInfo/required",keyword:"required",params:{missingProperty: "sessionId"},message:"must have required property '"+"sessionId"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data9.userId === undefined){
const err27 = {instancePath:instancePath+"/sessions/" + i0,schemaPath:"components.json#/$defs/SessionInfo/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data9.username === undefined){
const err28 = {instancePath:instancePath+"/sessions/" + i0,schemaPath:"components.json#/$defs/SessionInfo/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data9.openedAt === undefined){
const err29 = {instancePath:instancePath+"/sessions/" + i0,schemaPath:"components.json#/$defs/SessionInfo/required",keyword:"required",params:{missingProperty: "openedAt"},message:"must have required property '"+"openedAt"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data9.state === undefined){
const err30 = {instancePath:instancePath+"/sessions/" + i0,schemaPath:"components.json#/$defs/SessionInfo/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data9.runningQueries === undefined){
const err31 = {instancePath:instancePath+"/sessions/" + i0,schemaPath:"components.json#/$defs/SessionInfo/required",keyword:"required",params:{missingProperty: "runningQueries"},message:"must have required property '"+"runningQueries"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data9.queries === undefined){
const err32 = {instancePath:instancePath+"/sessions/" + i0,schemaPath:"components.json#/$defs/SessionInfo/required",keyword:"required",params:{missingProperty: "queries"},message:"must have required property '"+"queries"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data9.lastActivityAt === undefined){
const err33 = {instancePath:instancePath+"/sessions/" + i0,schemaPath:"components.json#/$defs/SessionInfo/required",keyword:"required",params:{missingProperty: "lastActivityAt"},message:"must have required property '"+"lastActivityAt"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key1 in data9){
if(!((((((((key1 === "sessionId") || (key1 === "userId")) || (key1 === "username")) || (key1 === "openedAt")) || (key1 === "state")) || (key1 === "runningQueries")) || (key1 === "queries")) || (key1 === "lastActivityAt"))){
const err34 = {instancePath:instancePath+"/sessions/" + i0,schemaPath:"components.json#/$defs/SessionInfo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data9.sessionId !== undefined){
if(typeof data9.sessionId !== "string"){
const err35 = {instancePath:instancePath+"/sessions/" + i0+"/sessionId",schemaPath:"components.json#/$defs/SessionInfo/properties/sessionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data9.userId !== undefined){
if(typeof data9.userId !== "string"){
const err36 = {instancePath:instancePath+"/sessions/" + i0+"/userId",schemaPath:"components.json#/$defs/SessionInfo/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data9.username !== undefined){
if(typeof data9.username !== "string"){
const err37 = {instancePath:instancePath+"/sessions/" + i0+"/username",schemaPath:"components.json#/$defs/SessionInfo/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data9.openedAt !== undefined){
let data13 = data9.openedAt;
if(typeof data13 === "string"){
if(!(formats0.validate(data13))){
const err38 = {instancePath:instancePath+"/sessions/" + i0+"/openedAt",schemaPath:"components.json#/$defs/SessionInfo/properties/openedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/sessions/" + i0+"/openedAt",schemaPath:"components.json#/$defs/SessionInfo/properties/openedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data9.state !== undefined){
let data14 = data9.state;
if(typeof data14 !== "string"){
const err40 = {instancePath:instancePath+"/sessions/" + i0+"/state",schemaPath:"components.json#/$defs/SessionInfo/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!((data14 === "active") || (data14 === "idle"))){
const err41 = {instancePath:instancePath+"/sessions/" + i0+"/state",schemaPath:"components.json#/$defs/SessionInfo/properties/state/enum",keyword:"enum",params:{allowedValues: schema103.properties.state.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data9.runningQueries !== undefined){
let data15 = data9.runningQueries;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err42 = {instancePath:instancePath+"/sessions/" + i0+"/runningQueries",schemaPath:"components.json#/$defs/SessionInfo/properties/runningQueries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err43 = {instancePath:instancePath+"/sessions/" + i0+"/runningQueries",schemaPath:"components.json#/$defs/SessionInfo/properties/runningQueries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
if(data9.queries !== undefined){
let data16 = data9.queries;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err44 = {instancePath:instancePath+"/sessions/" + i0+"/queries",schemaPath:"components.json#/$defs/SessionInfo/properties/queries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err45 = {instancePath:instancePath+"/sessions/" + i0+"/queries",schemaPath:"components.json#/$defs/SessionInfo/properties/queries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
if(data9.lastActivityAt !== undefined){
let data17 = data9.lastActivityAt;
if(typeof data17 === "string"){
if(!(formats0.validate(data17))){
const err46 = {instancePath:instancePath+"/sessions/" + i0+"/lastActivityAt",schemaPath:"components.json#/$defs/SessionInfo/properties/lastActivityAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/sessions/" + i0+"/lastActivityAt",schemaPath:"components.json#/$defs/SessionInfo/properties/lastActivityAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/sessions/" + i0,schemaPath:"components.json#/$defs/SessionInfo/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/sessions",schemaPath:"#/properties/sessions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.timestamp === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.uptimeSeconds === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "uptimeSeconds"},message:"must have required property '"+"uptimeSeconds"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.http === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "http"},message:"must have required property '"+"http"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.graphql === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "graphql"},message:"must have required property '"+"graphql"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.websocket === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "websocket"},message:"must have required property '"+"websocket"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.queries === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "queries"},message:"must have required property '"+"queries"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.sessions === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sessions"},message:"must have required property '"+"sessions"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.performance === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "performance"},message:"must have required property '"+"performance"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "timestamp") || (key0 === "uptimeSeconds")) || (key0 === "http")) || (key0 === "graphql")) || (key0 === "websocket")) || (key0 === "queries")) || (key0 === "sessions")) || (key0 === "performance"))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data0 = data.timestamp;
if(typeof data0 === "string"){
if(!(formats0.validate(data0))){
const err9 = {instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.uptimeSeconds !== undefined){
let data1 = data.uptimeSeconds;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err11 = {instancePath:instancePath+"/uptimeSeconds",schemaPath:"#/properties/uptimeSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/uptimeSeconds",schemaPath:"#/properties/uptimeSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.http !== undefined){
let data2 = data.http;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.requests === undefined){
const err13 = {instancePath:instancePath+"/http",schemaPath:"#/properties/http/required",keyword:"required",params:{missingProperty: "requests"},message:"must have required property '"+"requests"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data2.requestsPerSecond === undefined){
const err14 = {instancePath:instancePath+"/http",schemaPath:"#/properties/http/required",keyword:"required",params:{missingProperty: "requestsPerSecond"},message:"must have required property '"+"requestsPerSecond"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data2.latencyMs === undefined){
const err15 = {instancePath:instancePath+"/http",schemaPath:"#/properties/http/required",keyword:"required",params:{missingProperty: "latencyMs"},message:"must have required property '"+"latencyMs"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data2.operations === undefined){
const err16 = {instancePath:instancePath+"/http",schemaPath:"#/properties/http/required",keyword:"required",params:{missingProperty: "operations"},message:"must have required property '"+"operations"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data2){
if(!((((key1 === "requests") || (key1 === "requestsPerSecond")) || (key1 === "latencyMs")) || (key1 === "operations"))){
const err17 = {instancePath:instancePath+"/http",schemaPath:"#/properties/http/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.requests !== undefined){
let data3 = data2.requests;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err18 = {instancePath:instancePath+"/http/requests",schemaPath:"#/properties/http/properties/requests/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err19 = {instancePath:instancePath+"/http/requests",schemaPath:"#/properties/http/properties/requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data2.requestsPerSecond !== undefined){
let data4 = data2.requestsPerSecond;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err20 = {instancePath:instancePath+"/http/requestsPerSecond",schemaPath:"#/properties/http/properties/requestsPerSecond/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/http/requestsPerSecond",schemaPath:"#/properties/http/properties/requestsPerSecond/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data2.latencyMs !== undefined){
let data5 = data2.latencyMs;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.p50 === undefined){
const err22 = {instancePath:instancePath+"/http/latencyMs",schemaPath:"components.json#/$defs/LatencySummary/required",keyword:"required",params:{missingProperty: "p50"},message:"must have required property '"+"p50"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data5.p95 === undefined){
const err23 = {instancePath:instancePath+"/http/latencyMs",schemaPath:"components.json#/$defs/LatencySummary/required",keyword:"required",params:{missingProperty: "p95"},message:"must have required property '"+"p95"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data5.p99 === undefined){
const err24 = {instancePath:instancePath+"/http/latencyMs",schemaPath:"components.json#/$defs/LatencySummary/required",keyword:"required",params:{missingProperty: "p99"},message:"must have required property '"+"p99"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data5.mean === undefined){
const err25 = {instancePath:instancePath+"/http/latencyMs",schemaPath:"components.json#/$defs/LatencySummary/required",keyword:"required",params:{missingProperty: "mean"},message:"must have required property '"+"mean"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data5.max === undefined){
const err26 = {instancePath:instancePath+"/http/latencyMs",schemaPath:"components.json#/$defs/LatencySummary/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key2 in data5){
if(!(((((key2 === "p50") || (key2 === "p95")) || (key2 === "p99")) || (key2 === "mean")) || (key2 === "max"))){
const err27 = {instancePath:instancePath+"/http/latencyMs",schemaPath:"components.json#/$defs/LatencySummary/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data5.p50 !== undefined){
let data6 = data5.p50;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err28 = {instancePath:instancePath+"/http/latencyMs/p50",schemaPath:"components.json#/$defs/LatencySummary/properties/p50/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/http/latencyMs/p50",schemaPath:"components.json#/$defs/LatencySummary/properties/p50/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data5.p95 !== undefined){
let data7 = data5.p95;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err30 = {instancePath:instancePath+"/http/latencyMs/p95",schemaPath:"components.json#/$defs/LatencySummary/properties/p95/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/http/latencyMs/p95",schemaPath:"components.json#/$defs/LatencySummary/properties/p95/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data5.p99 !== undefined){
let data8 = data5.p99;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err32 = {instancePath:instancePath+"/http/latencyMs/p99",schemaPath:"components.json#/$defs/LatencySummary/properties/p99/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/http/latencyMs/p99",schemaPath:"components.json#/$defs/LatencySummary/properties/p99/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data5.mean !== undefined){
let data9 = data5.mean;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err34 = {instancePath:instancePath+"/http/latencyMs/mean",schemaPath:"components.json#/$defs/LatencySummary/properties/mean/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/http/latencyMs/mean",schemaPath:"components.json#/$defs/LatencySummary/properties/mean/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data5.max !== undefined){
let data10 = data5.max;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err36 = {instancePath:instancePath+"/http/latencyMs/max",schemaPath:"components.json#/$defs/LatencySummary/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/http/latencyMs/max",schemaPath:"components.json#/$defs/LatencySummary/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/http/latencyMs",schemaPath:"components.json#/$defs/LatencySummary/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data2.operations !== undefined){
let data11 = data2.operations;
if(Array.isArray(data11)){
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
let data12 = data11[i0];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.operation === undefined){
const err39 = {instancePath:instancePath+"/http/operations/" + i0,schemaPath:"#/properties/http/properties/operations/items/required",keyword:"required",params:{missingProperty: "operation"},message:"must have required property '"+"operation"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data12.requests === undefined){
const err40 = {instancePath:instancePath+"/http/operations/" + i0,schemaPath:"#/properties/http/properties/operations/items/required",keyword:"required",params:{missingProperty: "requests"},message:"must have required property '"+"requests"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data12.clientErrors === undefined){
const err41 = {instancePath:instancePath+"/http/operations/" + i0,schemaPath:"#/properties/http/properties/operations/items/required",keyword:"required",params:{missingProperty: "clientErrors"},message:"must have required property '"+"clientErrors"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data12.serverErrors === undefined){
const err42 = {instancePath:instancePath+"/http/operations/" + i0,schemaPath:"#/properties/http/properties/operations/items/required",keyword:"required",params:{missingProperty: "serverErrors"},message:"must have required property '"+"serverErrors"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data12.meanLatencyMs === undefined){
const err43 = {instancePath:instancePath+"/http/operations/" + i0,schemaPath:"#/properties/http/properties/operations/items/required",keyword:"required",params:{missingProperty: "meanLatencyMs"},message:"must have required property '"+"meanLatencyMs"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key3 in data12){
if(!(((((key3 === "operation") || (key3 === "requests")) || (key3 === "clientErrors")) || (key3 === "serverErrors")) || (key3 === "meanLatencyMs"))){
const err44 = {instancePath:instancePath+"/http/operations/" + i0,schemaPath:"#/properties/http/properties/operations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data12.operation !== undefined){
if(typeof data12.operation !== "string"){
const err45 = {instancePath:instancePath+"/http/operations/" + i0+"/operation",schemaPath:"#/properties/http/properties/operations/items/properties/operation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data12.requests !== undefined){
let data14 = data12.requests;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err46 = {instancePath:instancePath+"/http/operations/" + i0+"/requests",schemaPath:"#/properties/http/properties/operations/items/properties/requests/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err47 = {instancePath:instancePath+"/http/operations/" + i0+"/requests",schemaPath:"#/properties/http/properties/operations/items/properties/requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
if(data12.clientErrors !== undefined){
let data15 = data12.clientErrors;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err48 = {instancePath:instancePath+"/http/operations/" + i0+"/clientErrors",schemaPath:"#/properties/http/properties/operations/items/properties/clientErrors/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err49 = {instancePath:instancePath+"/http/operations/" + i0+"/clientErrors",schemaPath:"#/properties/http/properties/operations/items/properties/clientErrors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
if(data12.serverErrors !== undefined){
let data16 = data12.serverErrors;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err50 = {instancePath:instancePath+"/http/operations/" + i0+"/serverErrors",schemaPath:"#/properties/http/properties/operations/items/properties/serverErrors/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err51 = {instancePath:instancePath+"/http/operations/" + i0+"/serverErrors",schemaPath:"#/properties/http/properties/operations/items/properties/serverErrors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
if(data12.meanLatencyMs !== undefined){
let data17 = data12.meanLatencyMs;
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
const err52 = {instancePath:instancePath+"/http/operations/" + i0+"/meanLatencyMs",schemaPath:"#/properties/http/properties/operations/items/properties/meanLatencyMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/http/operations/" + i0+"/meanLatencyMs",schemaPath:"#/properties/http/properties/operations/items/properties/meanLatencyMs/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/http/operations/" + i0,schemaPath:"#/properties/http/properties/operations/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/http/operations",schemaPath:"#/properties/http/properties/operations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/http",schemaPath:"#/properties/http/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.graphql !== undefined){
let data18 = data.graphql;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.operations === undefined){
const err57 = {instancePath:instancePath+"/graphql",schemaPath:"#/properties/graphql/required",keyword:"required",params:{missingProperty: "operations"},message:"must have required property '"+"operations"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
for(const key4 in data18){
if(!(key4 === "operations")){
const err58 = {instancePath:instancePath+"/graphql",schemaPath:"#/properties/graphql/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data18.operations !== undefined){
let data19 = data18.operations;
if(Array.isArray(data19)){
const len1 = data19.length;
for(let i1=0; i1<len1; i1++){
let data20 = data19[i1];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.operation === undefined){
const err59 = {instancePath:instancePath+"/graphql/operations/" + i1,schemaPath:"#/properties/graphql/properties/operations/items/required",keyword:"required",params:{missingProperty: "operation"},message:"must have required property '"+"operation"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data20.requests === undefined){
const err60 = {instancePath:instancePath+"/graphql/operations/" + i1,schemaPath:"#/properties/graphql/properties/operations/items/required",keyword:"required",params:{missingProperty: "requests"},message:"must have required property '"+"requests"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data20.clientErrors === undefined){
const err61 = {instancePath:instancePath+"/graphql/operations/" + i1,schemaPath:"#/properties/graphql/properties/operations/items/required",keyword:"required",params:{missingProperty: "clientErrors"},message:"must have required property '"+"clientErrors"+"'"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data20.serverErrors === undefined){
const err62 = {instancePath:instancePath+"/graphql/operations/" + i1,schemaPath:"#/properties/graphql/properties/operations/items/required",keyword:"required",params:{missingProperty: "serverErrors"},message:"must have required property '"+"serverErrors"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data20.meanLatencyMs === undefined){
const err63 = {instancePath:instancePath+"/graphql/operations/" + i1,schemaPath:"#/properties/graphql/properties/operations/items/required",keyword:"required",params:{missingProperty: "meanLatencyMs"},message:"must have required property '"+"meanLatencyMs"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
for(const key5 in data20){
if(!(((((key5 === "operation") || (key5 === "requests")) || (key5 === "clientErrors")) || (key5 === "serverErrors")) || (key5 === "meanLatencyMs"))){
const err64 = {instancePath:instancePath+"/graphql/operations/" + i1,schemaPath:"#/properties/graphql/properties/operations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data20.operation !== undefined){
if(typeof data20.operation !== "string"){
const err65 = {instancePath:instancePath+"/graphql/operations/" + i1+"/operation",schemaPath:"#/properties/graphql/properties/operations/items/properties/operation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data20.requests !== undefined){
let data22 = data20.requests;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err66 = {instancePath:instancePath+"/graphql/operations/" + i1+"/requests",schemaPath:"#/properties/graphql/properties/operations/items/properties/requests/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
const err67 = {instancePath:instancePath+"/graphql/operations/" + i1+"/requests",schemaPath:"#/properties/graphql/properties/operations/items/properties/requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
if(data20.clientErrors !== undefined){
let data23 = data20.clientErrors;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err68 = {instancePath:instancePath+"/graphql/operations/" + i1+"/clientErrors",schemaPath:"#/properties/graphql/properties/operations/items/properties/clientErrors/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 0 || isNaN(data23)){
const err69 = {instancePath:instancePath+"/graphql/operations/" + i1+"/clientErrors",schemaPath:"#/properties/graphql/properties/operations/items/properties/clientErrors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
if(data20.serverErrors !== undefined){
let data24 = data20.serverErrors;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err70 = {instancePath:instancePath+"/graphql/operations/" + i1+"/serverErrors",schemaPath:"#/properties/graphql/properties/operations/items/properties/serverErrors/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 0 || isNaN(data24)){
const err71 = {instancePath:instancePath+"/graphql/operations/" + i1+"/serverErrors",schemaPath:"#/properties/graphql/properties/operations/items/properties/serverErrors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
if(data20.meanLatencyMs !== undefined){
let data25 = data20.meanLatencyMs;
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 < 0 || isNaN(data25)){
const err72 = {instancePath:instancePath+"/graphql/operations/" + i1+"/meanLatencyMs",schemaPath:"#/properties/graphql/properties/operations/items/properties/meanLatencyMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/graphql/operations/" + i1+"/meanLatencyMs",schemaPath:"#/properties/graphql/properties/operations/items/properties/meanLatencyMs/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/graphql/operations/" + i1,schemaPath:"#/properties/graphql/properties/operations/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/graphql/operations",schemaPath:"#/properties/graphql/properties/operations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath:instancePath+"/graphql",schemaPath:"#/properties/graphql/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.websocket !== undefined){
let data26 = data.websocket;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.connections === undefined){
const err77 = {instancePath:instancePath+"/websocket",schemaPath:"#/properties/websocket/required",keyword:"required",params:{missingProperty: "connections"},message:"must have required property '"+"connections"+"'"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data26.messagesReceived === undefined){
const err78 = {instancePath:instancePath+"/websocket",schemaPath:"#/properties/websocket/required",keyword:"required",params:{missingProperty: "messagesReceived"},message:"must have required property '"+"messagesReceived"+"'"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data26.messagesSent === undefined){
const err79 = {instancePath:instancePath+"/websocket",schemaPath:"#/properties/websocket/required",keyword:"required",params:{missingProperty: "messagesSent"},message:"must have required property '"+"messagesSent"+"'"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data26.endpoints === undefined){
const err80 = {instancePath:instancePath+"/websocket",schemaPath:"#/properties/websocket/required",keyword:"required",params:{missingProperty: "endpoints"},message:"must have required property '"+"endpoints"+"'"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
for(const key6 in data26){
if(!((((key6 === "connections") || (key6 === "messagesReceived")) || (key6 === "messagesSent")) || (key6 === "endpoints"))){
const err81 = {instancePath:instancePath+"/websocket",schemaPath:"#/properties/websocket/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data26.connections !== undefined){
let data27 = data26.connections;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err82 = {instancePath:instancePath+"/websocket/connections",schemaPath:"#/properties/websocket/properties/connections/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 0 || isNaN(data27)){
const err83 = {instancePath:instancePath+"/websocket/connections",schemaPath:"#/properties/websocket/properties/connections/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
if(data26.messagesReceived !== undefined){
let data28 = data26.messagesReceived;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err84 = {instancePath:instancePath+"/websocket/messagesReceived",schemaPath:"#/properties/websocket/properties/messagesReceived/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 0 || isNaN(data28)){
const err85 = {instancePath:instancePath+"/websocket/messagesReceived",schemaPath:"#/properties/websocket/properties/messagesReceived/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
if(data26.messagesSent !== undefined){
let data29 = data26.messagesSent;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err86 = {instancePath:instancePath+"/websocket/messagesSent",schemaPath:"#/properties/websocket/properties/messagesSent/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 0 || isNaN(data29)){
const err87 = {instancePath:instancePath+"/websocket/messagesSent",schemaPath:"#/properties/websocket/properties/messagesSent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
if(data26.endpoints !== undefined){
let data30 = data26.endpoints;
if(Array.isArray(data30)){
const len2 = data30.length;
for(let i2=0; i2<len2; i2++){
let data31 = data30[i2];
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.endpoint === undefined){
const err88 = {instancePath:instancePath+"/websocket/endpoints/" + i2,schemaPath:"#/properties/websocket/properties/endpoints/items/required",keyword:"required",params:{missingProperty: "endpoint"},message:"must have required property '"+"endpoint"+"'"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(data31.connections === undefined){
const err89 = {instancePath:instancePath+"/websocket/endpoints/" + i2,schemaPath:"#/properties/websocket/properties/endpoints/items/required",keyword:"required",params:{missingProperty: "connections"},message:"must have required property '"+"connections"+"'"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
for(const key7 in data31){
if(!((key7 === "endpoint") || (key7 === "connections"))){
const err90 = {instancePath:instancePath+"/websocket/endpoints/" + i2,schemaPath:"#/properties/websocket/properties/endpoints/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data31.endpoint !== undefined){
if(typeof data31.endpoint !== "string"){
const err91 = {instancePath:instancePath+"/websocket/endpoints/" + i2+"/endpoint",schemaPath:"#/properties/websocket/properties/endpoints/items/properties/endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data31.connections !== undefined){
let data33 = data31.connections;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err92 = {instancePath:instancePath+"/websocket/endpoints/" + i2+"/connections",schemaPath:"#/properties/websocket/properties/endpoints/items/properties/connections/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 < 0 || isNaN(data33)){
const err93 = {instancePath:instancePath+"/websocket/endpoints/" + i2+"/connections",schemaPath:"#/properties/websocket/properties/endpoints/items/properties/connections/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
}
else {
const err94 = {instancePath:instancePath+"/websocket/endpoints/" + i2,schemaPath:"#/properties/websocket/properties/endpoints/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/websocket/endpoints",schemaPath:"#/properties/websocket/properties/endpoints/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
else {
const err96 = {instancePath:instancePath+"/websocket",schemaPath:"#/properties/websocket/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data.queries !== undefined){
if(!(validate57(data.queries, {instancePath:instancePath+"/queries",parentData:data,parentDataProperty:"queries",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
if(data.sessions !== undefined){
if(!(validate59(data.sessions, {instancePath:instancePath+"/sessions",parentData:data,parentDataProperty:"sessions",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
if(data.performance !== undefined){
let data36 = data.performance;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.timestamp === undefined){
const err97 = {instancePath:instancePath+"/performance",schemaPath:"components.json#/$defs/PerformanceData/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data36.cpuPercent === undefined){
const err98 = {instancePath:instancePath+"/performance",schemaPath:"components.json#/$defs/PerformanceData/required",keyword:"required",params:{missingProperty: "cpuPercent"},message:"must have required property '"+"cpuPercent"+"'"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data36.memory === undefined){
const err99 = {instancePath:instancePath+"/performance",schemaPath:"components.json#/$defs/PerformanceData/required",keyword:"required",params:{missingProperty: "memory"},message:"must have required property '"+"memory"+"'"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data36.eventLoopLagMs === undefined){
const err100 = {instancePath:instancePath+"/performance",schemaPath:"components.json#/$defs/PerformanceData/required",keyword:"required",params:{missingProperty: "eventLoopLagMs"},message:"must have required property '"+"eventLoopLagMs"+"'"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data36.disk === undefined){
const err101 = {instancePath:instancePath+"/performance",schemaPath:"components.json#/$defs/PerformanceData/required",keyword:"required",params:{missingProperty: "disk"},message:"must have required property '"+"disk"+"'"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data36.network === undefined){
const err102 = {instancePath:instancePath+"/performance",schemaPath:"components.json#/$defs/PerformanceData/required",keyword:"required",params:{missingProperty: "network"},message:"must have required property '"+"network"+"'"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(data36.storage === undefined){
const err103 = {instancePath:instancePath+"/performance",schemaPath:"components.json#/$defs/PerformanceData/required",keyword:"required",params:{missingProperty: "storage"},message:"must have required property '"+"storage"+"'"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(data36.transactions === undefined){
const err104 = {instancePath:instancePath+"/performance",schemaPath:"components.json#/$defs/PerformanceData/required",keyword:"required",params:{missingProperty: "transactions"},message:"must have required property '"+"transactions"+"'"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data36.changes === undefined){
const err105 = {instancePath:instancePath+"/performance",schemaPath:"components.json#/$defs/PerformanceData/required",keyword:"required",params:{missingProperty: "changes"},message:"must have required property '"+"changes"+"'"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(data36.queriesPerSecond === undefined){
const err106 = {instancePath:instancePath+"/performance",schemaPath:"components.json#/$defs/PerformanceData/required",keyword:"required",params:{missingProperty: "queriesPerSecond"},message:"must have required property '"+"queriesPerSecond"+"'"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(data36.intervalSeconds === undefined){
const err107 = {instancePath:instancePath+"/performance",schemaPath:"components.json#/$defs/PerformanceData/required",keyword:"required",params:{missingProperty: "intervalSeconds"},message:"must have required property '"+"intervalSeconds"+"'"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
for(const key8 in data36){
if(!(func7.call(schema104.properties, key8))){
const err108 = {instancePath:instancePath+"/performance",schemaPath:"components.json#/$defs/PerformanceData/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data36.timestamp !== undefined){
let data37 = data36.timestamp;
if(typeof data37 === "string"){
if(!(formats0.validate(data37))){
const err109 = {instancePath:instancePath+"/performance/timestamp",schemaPath:"components.json#/$defs/PerformanceData/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
else {
const err110 = {instancePath:instancePath+"/performance/timestamp",schemaPath:"components.json#/$defs/PerformanceData/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data36.cpuPercent !== undefined){
let data38 = data36.cpuPercent;
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 < 0 || isNaN(data38)){
const err111 = {instancePath:instancePath+"/performance/cpuPercent",schemaPath:"components.json#/$defs/PerformanceData/properties/cpuPercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/performance/cpuPercent",schemaPath:"components.json#/$defs/PerformanceData/properties/cpuPercent/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data36.memory !== undefined){
let data39 = data36.memory;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.rssBytes === undefined){
const err113 = {instancePath:instancePath+"/performance/memory",schemaPath:"components.json#/$defs/PerformanceData/properties/memory/required",keyword:"required",params:{missingProperty: "rssBytes"},message:"must have required property '"+"rssBytes"+"'"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(data39.heapUsedBytes === undefined){
const err114 = {instancePath:instancePath+"/performance/memory",schemaPath:"components.json#/$defs/PerformanceData/properties/memory/required",keyword:"required",params:{missingProperty: "heapUsedBytes"},message:"must have required property '"+"heapUsedBytes"+"'"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(data39.heapTotalBytes === undefined){
const err115 = {instancePath:instancePath+"/performance/memory",schemaPath:"components.json#/$defs/PerformanceData/properties/memory/required",keyword:"required",params:{missingProperty: "heapTotalBytes"},message:"must have required property '"+"heapTotalBytes"+"'"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(data39.externalBytes === undefined){
const err116 = {instancePath:instancePath+"/performance/memory",schemaPath:"components.json#/$defs/PerformanceData/properties/memory/required",keyword:"required",params:{missingProperty: "externalBytes"},message:"must have required property '"+"externalBytes"+"'"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(data39.systemTotalBytes === undefined){
const err117 = {instancePath:instancePath+"/performance/memory",schemaPath:"components.json#/$defs/PerformanceData/properties/memory/required",keyword:"required",params:{missingProperty: "systemTotalBytes"},message:"must have required property '"+"systemTotalBytes"+"'"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(data39.systemFreeBytes === undefined){
const err118 = {instancePath:instancePath+"/performance/memory",schemaPath:"components.json#/$defs/PerformanceData/properties/memory/required",keyword:"required",params:{missingProperty: "systemFreeBytes"},message:"must have required property '"+"systemFreeBytes"+"'"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
for(const key9 in data39){
if(!((((((key9 === "rssBytes") || (key9 === "heapUsedBytes")) || (key9 === "heapTotalBytes")) || (key9 === "externalBytes")) || (key9 === "systemTotalBytes")) || (key9 === "systemFreeBytes"))){
const err119 = {instancePath:instancePath+"/performance/memory",schemaPath:"components.json#/$defs/PerformanceData/properties/memory/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data39.rssBytes !== undefined){
let data40 = data39.rssBytes;
if(!(((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40))) && (isFinite(data40)))){
const err120 = {instancePath:instancePath+"/performance/memory/rssBytes",schemaPath:"components.json#/$defs/PerformanceData/properties/memory/properties/rssBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if((typeof data40 == "number") && (isFinite(data40))){
if(data40 < 0 || isNaN(data40)){
const err121 = {instancePath:instancePath+"/performance/memory/rssBytes",schemaPath:"components.json#/$defs/PerformanceData/properties/memory/properties/rssBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
if(data39.heapUsedBytes !== undefined){
let data41 = data39.heapUsedBytes;
if(!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))){
const err122 = {instancePath:instancePath+"/performance/memory/heapUsedBytes",schemaPath:"components.json#/$defs/PerformanceData/properties/memory/properties/heapUsedBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if((typeof data41 == "number") && (isFinite(data41))){
if(data41 < 0 || isNaN(data41)){
const err123 = {instancePath:instancePath+"/performance/memory/heapUsedBytes",schemaPath:"components.json#/$defs/PerformanceData/properties/memory/properties/heapUsedBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
}
if(data39.heapTotalBytes !== undefined){
let data42 = data39.heapTotalBytes;
if(!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42)))){
const err124 = {instancePath:instancePath+"/performance/memory/heapTotalBytes",schemaPath:"components.json#/$defs/PerformanceData/properties/memory/properties/heapTotalBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if((typeof data42 == "number") && (isFinite(data42))){
if(data42 < 0 || isNaN(data42)){
const err125 = {instancePath:instancePath+"/performance/memory/heapTotalBytes",schemaPath:"components.json#/$defs/PerformanceData/properties/memory/properties/heapTotalBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
}
if(data39.externalBytes !== undefined){
let data43 = data39.externalBytes;
if(!(((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43))) && (isFinite(data43)))){
const err126 = {instancePath:instancePath+"/performance/memory/externalBytes",schemaPath:"components.json#/$defs/PerformanceData/properties/memory/properties/externalBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if((typeof data43 == "number") && (isFinite(data43))){
if(data43 < 0 || isNaN(data43)){
const err127 = {instancePath:instancePath+"/performance/memory/externalBytes",schemaPath:"components.json#/$defs/PerformanceData/properties/memory/properties/externalBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
if(data39.systemTotalBytes !== undefined){
let data44 = data39.systemTotalBytes;
if(!(((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44))) && (isFinite(data44)))){
const err128 = {instancePath:instancePath+"/performance/memory/systemTotalBytes",schemaPath:"components.json#/$defs/PerformanceData/properties/memory/properties/systemTotalBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
if((typeof data44 == "number") && (isFinite(data44))){
if(data44 < 0 || isNaN(data44)){
const err129 = {instancePath:instancePath+"/performance/memory/systemTotalBytes",schemaPath:"components.json#/$defs/PerformanceData/properties/memory/properties/systemTotalBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
if(data39.systemFreeBytes !== undefined){
let data45 = data39.systemFreeBytes;
if(!(((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45))) && (isFinite(data45)))){
const err130 = {instancePath:instancePath+"/performance/memory/systemFreeBytes",schemaPath:"components.json#/$defs/PerformanceData/properties/memory/properties/systemFreeBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if((typeof data45 == "number") && (isFinite(data45))){
if(data45 < 0 || isNaN(data45)){
const err131 = {instancePath:instancePath+"/performance/memory/systemFreeBytes",schemaPath:"components.json#/$defs/PerformanceData/properties/memory/properties/systemFreeBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
}
}
else {
const err132 = {instancePath:instancePath+"/performance/memory",schemaPath:"components.json#/$defs/PerformanceData/properties/memory/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data36.eventLoopLagMs !== undefined){
let data46 = data36.eventLoopLagMs;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
if(data46.mean === undefined){
const err133 = {instancePath:instancePath+"/performance/eventLoopLagMs",schemaPath:"components.json#/$defs/PerformanceData/properties/eventLoopLagMs/required",keyword:"required",params:{missingProperty: "mean"},message:"must have required property '"+"mean"+"'"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if(data46.p99 === undefined){
const err134 = {instancePath:instancePath+"/performance/eventLoopLagMs",schemaPath:"components.json#/$defs/PerformanceData/properties/eventLoopLagMs/required",keyword:"required",params:{missingProperty: "p99"},message:"must have required property '"+"p99"+"'"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(data46.max === undefined){
const err135 = {instancePath:instancePath+"/performance/eventLoopLagMs",schemaPath:"components.json#/$defs/PerformanceData/properties/eventLoopLagMs/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
for(const key10 in data46){
if(!(((key10 === "mean") || (key10 === "p99")) || (key10 === "max"))){
const err136 = {instancePath:instancePath+"/performance/eventLoopLagMs",schemaPath:"components.json#/$defs/PerformanceData/properties/eventLoopLagMs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data46.mean !== undefined){
let data47 = data46.mean;
if((typeof data47 == "number") && (isFinite(data47))){
if(data47 < 0 || isNaN(data47)){
const err137 = {instancePath:instancePath+"/performance/eventLoopLagMs/mean",schemaPath:"components.json#/$defs/PerformanceData/properties/eventLoopLagMs/properties/mean/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
else {
const err138 = {instancePath:instancePath+"/performance/eventLoopLagMs/mean",schemaPath:"components.json#/$defs/PerformanceData/properties/eventLoopLagMs/properties/mean/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data46.p99 !== undefined){
let data48 = data46.p99;
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 < 0 || isNaN(data48)){
const err139 = {instancePath:instancePath+"/performance/eventLoopLagMs/p99",schemaPath:"components.json#/$defs/PerformanceData/properties/eventLoopLagMs/properties/p99/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
else {
const err140 = {instancePath:instancePath+"/performance/eventLoopLagMs/p99",schemaPath:"components.json#/$defs/PerformanceData/properties/eventLoopLagMs/properties/p99/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data46.max !== undefined){
let data49 = data46.max;
if((typeof data49 == "number") && (isFinite(data49))){
if(data49 < 0 || isNaN(data49)){
const err141 = {instancePath:instancePath+"/performance/eventLoopLagMs/max",schemaPath:"components.json#/$defs/PerformanceData/properties/eventLoopLagMs/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
else {
const err142 = {instancePath:instancePath+"/performance/eventLoopLagMs/max",schemaPath:"components.json#/$defs/PerformanceData/properties/eventLoopLagMs/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
}
else {
const err143 = {instancePath:instancePath+"/performance/eventLoopLagMs",schemaPath:"components.json#/$defs/PerformanceData/properties/eventLoopLagMs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data36.disk !== undefined){
let data50 = data36.disk;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
if(data50.readBytesPerSecond === undefined){
const err144 = {instancePath:instancePath+"/performance/disk",schemaPath:"components.json#/$defs/PerformanceData/properties/disk/required",keyword:"required",params:{missingProperty: "readBytesPerSecond"},message:"must have required property '"+"readBytesPerSecond"+"'"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
if(data50.writeBytesPerSecond === undefined){
const err145 = {instancePath:instancePath+"/performance/disk",schemaPath:"components.json#/$defs/PerformanceData/properties/disk/required",keyword:"required",params:{missingProperty: "writeBytesPerSecond"},message:"must have required property '"+"writeBytesPerSecond"+"'"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
if(data50.totalBytes === undefined){
const err146 = {instancePath:instancePath+"/performance/disk",schemaPath:"components.json#/$defs/PerformanceData/properties/disk/required",keyword:"required",params:{missingProperty: "totalBytes"},message:"must have required property '"+"totalBytes"+"'"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
if(data50.freeBytes === undefined){
const err147 = {instancePath:instancePath+"/performance/disk",schemaPath:"components.json#/$defs/PerformanceData/properties/disk/required",keyword:"required",params:{missingProperty: "freeBytes"},message:"must have required property '"+"freeBytes"+"'"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
for(const key11 in data50){
if(!((((key11 === "readBytesPerSecond") || (key11 === "writeBytesPerSecond")) || (key11 === "totalBytes")) || (key11 === "freeBytes"))){
const err148 = {instancePath:instancePath+"/performance/disk",schemaPath:"components.json#/$defs/PerformanceData/properties/disk/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data50.readBytesPerSecond !== undefined){
let data51 = data50.readBytesPerSecond;
if((!((typeof data51 == "number") && (isFinite(data51)))) && (data51 !== null)){
const err149 = {instancePath:instancePath+"/performance/disk/readBytesPerSecond",schemaPath:"components.json#/$defs/PerformanceData/properties/disk/properties/readBytesPerSecond/type",keyword:"type",params:{type: schema104.properties.disk.properties.readBytesPerSecond.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if((typeof data51 == "number") && (isFinite(data51))){
if(data51 < 0 || isNaN(data51)){
const err150 = {instancePath:instancePath+"/performance/disk/readBytesPerSecond",schemaPath:"components.json#/$defs/PerformanceData/properties/disk/properties/readBytesPerSecond/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
}
if(data50.writeBytesPerSecond !== undefined){
let data52 = data50.writeBytesPerSecond;
if((!((typeof data52 == "number") && (isFinite(data52)))) && (data52 !== null)){
const err151 = {instancePath:instancePath+"/performance/disk/writeBytesPerSecond",schemaPath:"components.json#/$defs/PerformanceData/properties/disk/properties/writeBytesPerSecond/type",keyword:"type",params:{type: schema104.properties.disk.properties.writeBytesPerSecond.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
if((typeof data52 == "number") && (isFinite(data52))){
if(data52 < 0 || isNaN(data52)){
const err152 = {instancePath:instancePath+"/performance/disk/writeBytesPerSecond",schemaPath:"components.json#/$defs/PerformanceData/properties/disk/properties/writeBytesPerSecond/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
}
if(data50.totalBytes !== undefined){
let data53 = data50.totalBytes;
if(!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))){
const err153 = {instancePath:instancePath+"/performance/disk/totalBytes",schemaPath:"components.json#/$defs/PerformanceData/properties/disk/properties/totalBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 < 0 || isNaN(data53)){
const err154 = {instancePath:instancePath+"/performance/disk/totalBytes",schemaPath:"components.json#/$defs/PerformanceData/properties/disk/properties/totalBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
}
if(data50.freeBytes !== undefined){
let data54 = data50.freeBytes;
if(!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))){
const err155 = {instancePath:instancePath+"/performance/disk/freeBytes",schemaPath:"components.json#/$defs/PerformanceData/properties/disk/properties/freeBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
if((typeof data54 == "number") && (isFinite(data54))){
if(data54 < 0 || isNaN(data54)){
const err156 = {instancePath:instancePath+"/performance/disk/freeBytes",schemaPath:"components.json#/$defs/PerformanceData/properties/disk/properties/freeBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
}
else {
const err157 = {instancePath:instancePath+"/performance/disk",schemaPath:"components.json#/$defs/PerformanceData/properties/disk/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data36.network !== undefined){
let data55 = data36.network;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.receivedBytesPerSecond === undefined){
const err158 = {instancePath:instancePath+"/performance/network",schemaPath:"components.json#/$defs/PerformanceData/properties/network/required",keyword:"required",params:{missingProperty: "receivedBytesPerSecond"},message:"must have required property '"+"receivedBytesPerSecond"+"'"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
if(data55.sentBytesPerSecond === undefined){
const err159 = {instancePath:instancePath+"/performance/network",schemaPath:"components.json#/$defs/PerformanceData/properties/network/required",keyword:"required",params:{missingProperty: "sentBytesPerSecond"},message:"must have required property '"+"sentBytesPerSecond"+"'"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
for(const key12 in data55){
if(!((key12 === "receivedBytesPerSecond") || (key12 === "sentBytesPerSecond"))){
const err160 = {instancePath:instancePath+"/performance/network",schemaPath:"components.json#/$defs/PerformanceData/properties/network/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data55.receivedBytesPerSecond !== undefined){
let data56 = data55.receivedBytesPerSecond;
if((!((typeof data56 == "number") && (isFinite(data56)))) && (data56 !== null)){
const err161 = {instancePath:instancePath+"/performance/network/receivedBytesPerSecond",schemaPath:"components.json#/$defs/PerformanceData/properties/network/properties/receivedBytesPerSecond/type",keyword:"type",params:{type: schema104.properties.network.properties.receivedBytesPerSecond.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
if((typeof data56 == "number") && (isFinite(data56))){
if(data56 < 0 || isNaN(data56)){
const err162 = {instancePath:instancePath+"/performance/network/receivedBytesPerSecond",schemaPath:"components.json#/$defs/PerformanceData/properties/network/properties/receivedBytesPerSecond/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
}
if(data55.sentBytesPerSecond !== undefined){
let data57 = data55.sentBytesPerSecond;
if((!((typeof data57 == "number") && (isFinite(data57)))) && (data57 !== null)){
const err163 = {instancePath:instancePath+"/performance/network/sentBytesPerSecond",schemaPath:"components.json#/$defs/PerformanceData/properties/network/properties/sentBytesPerSecond/type",keyword:"type",params:{type: schema104.properties.network.properties.sentBytesPerSecond.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if((typeof data57 == "number") && (isFinite(data57))){
if(data57 < 0 || isNaN(data57)){
const err164 = {instancePath:instancePath+"/performance/network/sentBytesPerSecond",schemaPath:"components.json#/$defs/PerformanceData/properties/network/properties/sentBytesPerSecond/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
}
}
else {
const err165 = {instancePath:instancePath+"/performance/network",schemaPath:"components.json#/$defs/PerformanceData/properties/network/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data36.storage !== undefined){
let data58 = data36.storage;
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
if(data58.fileBytes === undefined){
const err166 = {instancePath:instancePath+"/performance/storage",schemaPath:"components.json#/$defs/PerformanceData/properties/storage/required",keyword:"required",params:{missingProperty: "fileBytes"},message:"must have required property '"+"fileBytes"+"'"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
if(data58.walBytes === undefined){
const err167 = {instancePath:instancePath+"/performance/storage",schemaPath:"components.json#/$defs/PerformanceData/properties/storage/required",keyword:"required",params:{missingProperty: "walBytes"},message:"must have required property '"+"walBytes"+"'"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if(data58.pageSizeBytes === undefined){
const err168 = {instancePath:instancePath+"/performance/storage",schemaPath:"components.json#/$defs/PerformanceData/properties/storage/required",keyword:"required",params:{missingProperty: "pageSizeBytes"},message:"must have required property '"+"pageSizeBytes"+"'"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
if(data58.pageCount === undefined){
const err169 = {instancePath:instancePath+"/performance/storage",schemaPath:"components.json#/$defs/PerformanceData/properties/storage/required",keyword:"required",params:{missingProperty: "pageCount"},message:"must have required property '"+"pageCount"+"'"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
if(data58.freePages === undefined){
const err170 = {instancePath:instancePath+"/performance/storage",schemaPath:"components.json#/$defs/PerformanceData/properties/storage/required",keyword:"required",params:{missingProperty: "freePages"},message:"must have required property '"+"freePages"+"'"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
if(data58.cacheSizeKiB === undefined){
const err171 = {instancePath:instancePath+"/performance/storage",schemaPath:"components.json#/$defs/PerformanceData/properties/storage/required",keyword:"required",params:{missingProperty: "cacheSizeKiB"},message:"must have required property '"+"cacheSizeKiB"+"'"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
for(const key13 in data58){
if(!((((((key13 === "fileBytes") || (key13 === "walBytes")) || (key13 === "pageSizeBytes")) || (key13 === "pageCount")) || (key13 === "freePages")) || (key13 === "cacheSizeKiB"))){
const err172 = {instancePath:instancePath+"/performance/storage",schemaPath:"components.json#/$defs/PerformanceData/properties/storage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data58.fileBytes !== undefined){
let data59 = data58.fileBytes;
if(!(((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59))) && (isFinite(data59)))){
const err173 = {instancePath:instancePath+"/performance/storage/fileBytes",schemaPath:"components.json#/$defs/PerformanceData/properties/storage/properties/fileBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
if((typeof data59 == "number") && (isFinite(data59))){
if(data59 < 0 || isNaN(data59)){
const err174 = {instancePath:instancePath+"/performance/storage/fileBytes",schemaPath:"components.json#/$defs/PerformanceData/properties/storage/properties/fileBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
}
if(data58.walBytes !== undefined){
let data60 = data58.walBytes;
if(!(((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60))) && (isFinite(data60)))){
const err175 = {instancePath:instancePath+"/performance/storage/walBytes",schemaPath:"components.json#/$defs/PerformanceData/properties/storage/properties/walBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
if((typeof data60 == "number") && (isFinite(data60))){
if(data60 < 0 || isNaN(data60)){
const err176 = {instancePath:instancePath+"/performance/storage/walBytes",schemaPath:"components.json#/$defs/PerformanceData/properties/storage/properties/walBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
}
if(data58.pageSizeBytes !== undefined){
let data61 = data58.pageSizeBytes;
if(!(((typeof data61 == "number") && (!(data61 % 1) && !isNaN(data61))) && (isFinite(data61)))){
const err177 = {instancePath:instancePath+"/performance/storage/pageSizeBytes",schemaPath:"components.json#/$defs/PerformanceData/properties/storage/properties/pageSizeBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
if((typeof data61 == "number") && (isFinite(data61))){
if(data61 < 0 || isNaN(data61)){
const err178 = {instancePath:instancePath+"/performance/storage/pageSizeBytes",schemaPath:"components.json#/$defs/PerformanceData/properties/storage/properties/pageSizeBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
}
if(data58.pageCount !== undefined){
let data62 = data58.pageCount;
if(!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))){
const err179 = {instancePath:instancePath+"/performance/storage/pageCount",schemaPath:"components.json#/$defs/PerformanceData/properties/storage/properties/pageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
if((typeof data62 == "number") && (isFinite(data62))){
if(data62 < 0 || isNaN(data62)){
const err180 = {instancePath:instancePath+"/performance/storage/pageCount",schemaPath:"components.json#/$defs/PerformanceData/properties/storage/properties/pageCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
}
if(data58.freePages !== undefined){
let data63 = data58.freePages;
if(!(((typeof data63 == "number") && (!(data63 % 1) && !isNaN(data63))) && (isFinite(data63)))){
const err181 = {instancePath:instancePath+"/performance/storage/freePages",schemaPath:"components.json#/$defs/PerformanceData/properties/storage/properties/freePages/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
if((typeof data63 == "number") && (isFinite(data63))){
if(data63 < 0 || isNaN(data63)){
const err182 = {instancePath:instancePath+"/performance/storage/freePages",schemaPath:"components.json#/$defs/PerformanceData/properties/storage/properties/freePages/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
}
if(data58.cacheSizeKiB !== undefined){
let data64 = data58.cacheSizeKiB;
if((typeof data64 == "number") && (isFinite(data64))){
if(data64 < 0 || isNaN(data64)){
const err183 = {instancePath:instancePath+"/performance/storage/cacheSizeKiB",schemaPath:"components.json#/$defs/PerformanceData/properties/storage/properties/cacheSizeKiB/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
else {
const err184 = {instancePath:instancePath+"/performance/storage/cacheSizeKiB",schemaPath:"components.json#/$defs/PerformanceData/properties/storage/properties/cacheSizeKiB/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
}
else {
const err185 = {instancePath:instancePath+"/performance/storage",schemaPath:"components.json#/$defs/PerformanceData/properties/storage/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data36.transactions !== undefined){
let data65 = data36.transactions;
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
if(data65.open === undefined){
const err186 = {instancePath:instancePath+"/performance/transactions",schemaPath:"components.json#/$defs/PerformanceData/properties/transactions/required",keyword:"required",params:{missingProperty: "open"},message:"must have required property '"+"open"+"'"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if(data65.committed === undefined){
const err187 = {instancePath:instancePath+"/performance/transactions",schemaPath:"components.json#/$defs/PerformanceData/properties/transactions/required",keyword:"required",params:{missingProperty: "committed"},message:"must have required property '"+"committed"+"'"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
if(data65.rolledBack === undefined){
const err188 = {instancePath:instancePath+"/performance/transactions",schemaPath:"components.json#/$defs/PerformanceData/properties/transactions/required",keyword:"required",params:{missingProperty: "rolledBack"},message:"must have required property '"+"rolledBack"+"'"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
if(data65.commitsPerSecond === undefined){
const err189 = {instancePath:instancePath+"/performance/transactions",schemaPath:"components.json#/$defs/PerformanceData/properties/transactions/required",keyword:"required",params:{missingProperty: "commitsPerSecond"},message:"must have required property '"+"commitsPerSecond"+"'"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
if(data65.rollbacksPerSecond === undefined){
const err190 = {instancePath:instancePath+"/performance/transactions",schemaPath:"components.json#/$defs/PerformanceData/properties/transactions/required",keyword:"required",params:{missingProperty: "rollbacksPerSecond"},message:"must have required property '"+"rollbacksPerSecond"+"'"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
for(const key14 in data65){
if(!(((((key14 === "open") || (key14 === "committed")) || (key14 === "rolledBack")) || (key14 === "commitsPerSecond")) || (key14 === "rollbacksPerSecond"))){
const err191 = {instancePath:instancePath+"/performance/transactions",schemaPath:"components.json#/$defs/PerformanceData/properties/transactions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
if(data65.open !== undefined){
let data66 = data65.open;
if(!(((typeof data66 == "number") && (!(data66 % 1) && !isNaN(data66))) && (isFinite(data66)))){
const err192 = {instancePath:instancePath+"/performance/transactions/open",schemaPath:"components.json#/$defs/PerformanceData/properties/transactions/properties/open/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
if((typeof data66 == "number") && (isFinite(data66))){
if(data66 < 0 || isNaN(data66)){
const err193 = {instancePath:instancePath+"/performance/transactions/open",schemaPath:"components.json#/$defs/PerformanceData/properties/transactions/properties/open/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
}
if(data65.committed !== undefined){
let data67 = data65.committed;
if(!(((typeof data67 == "number") && (!(data67 % 1) && !isNaN(data67))) && (isFinite(data67)))){
const err194 = {instancePath:instancePath+"/performance/transactions/committed",schemaPath:"components.json#/$defs/PerformanceData/properties/transactions/properties/committed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
if((typeof data67 == "number") && (isFinite(data67))){
if(data67 < 0 || isNaN(data67)){
const err195 = {instancePath:instancePath+"/performance/transactions/committed",schemaPath:"components.json#/$defs/PerformanceData/properties/transactions/properties/committed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
}
if(data65.rolledBack !== undefined){
let data68 = data65.rolledBack;
if(!(((typeof data68 == "number") && (!(data68 % 1) && !isNaN(data68))) && (isFinite(data68)))){
const err196 = {instancePath:instancePath+"/performance/transactions/rolledBack",schemaPath:"components.json#/$defs/PerformanceData/properties/transactions/properties/rolledBack/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
if((typeof data68 == "number") && (isFinite(data68))){
if(data68 < 0 || isNaN(data68)){
const err197 = {instancePath:instancePath+"/performance/transactions/rolledBack",schemaPath:"components.json#/$defs/PerformanceData/properties/transactions/properties/rolledBack/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
}
if(data65.commitsPerSecond !== undefined){
let data69 = data65.commitsPerSecond;
if((typeof data69 == "number") && (isFinite(data69))){
if(data69 < 0 || isNaN(data69)){
const err198 = {instancePath:instancePath+"/performance/transactions/commitsPerSecond",schemaPath:"components.json#/$defs/PerformanceData/properties/transactions/properties/commitsPerSecond/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
else {
const err199 = {instancePath:instancePath+"/performance/transactions/commitsPerSecond",schemaPath:"components.json#/$defs/PerformanceData/properties/transactions/properties/commitsPerSecond/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data65.rollbacksPerSecond !== undefined){
let data70 = data65.rollbacksPerSecond;
if((typeof data70 == "number") && (isFinite(data70))){
if(data70 < 0 || isNaN(data70)){
const err200 = {instancePath:instancePath+"/performance/transactions/rollbacksPerSecond",schemaPath:"components.json#/$defs/PerformanceData/properties/transactions/properties/rollbacksPerSecond/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
else {
const err201 = {instancePath:instancePath+"/performance/transactions/rollbacksPerSecond",schemaPath:"components.json#/$defs/PerformanceData/properties/transactions/properties/rollbacksPerSecond/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
}
else {
const err202 = {instancePath:instancePath+"/performance/transactions",schemaPath:"components.json#/$defs/PerformanceData/properties/transactions/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(data36.changes !== undefined){
let data71 = data36.changes;
if(data71 && typeof data71 == "object" && !Array.isArray(data71)){
if(data71.scn === undefined){
const err203 = {instancePath:instancePath+"/performance/changes",schemaPath:"components.json#/$defs/PerformanceData/properties/changes/required",keyword:"required",params:{missingProperty: "scn"},message:"must have required property '"+"scn"+"'"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
if(data71.scnPerSecond === undefined){
const err204 = {instancePath:instancePath+"/performance/changes",schemaPath:"components.json#/$defs/PerformanceData/properties/changes/required",keyword:"required",params:{missingProperty: "scnPerSecond"},message:"must have required property '"+"scnPerSecond"+"'"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
if(data71.rowChanges === undefined){
const err205 = {instancePath:instancePath+"/performance/changes",schemaPath:"components.json#/$defs/PerformanceData/properties/changes/required",keyword:"required",params:{missingProperty: "rowChanges"},message:"must have required property '"+"rowChanges"+"'"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
for(const key15 in data71){
if(!(((key15 === "scn") || (key15 === "scnPerSecond")) || (key15 === "rowChanges"))){
const err206 = {instancePath:instancePath+"/performance/changes",schemaPath:"components.json#/$defs/PerformanceData/properties/changes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
if(data71.scn !== undefined){
let data72 = data71.scn;
if(!(((typeof data72 == "number") && (!(data72 % 1) && !isNaN(data72))) && (isFinite(data72)))){
const err207 = {instancePath:instancePath+"/performance/changes/scn",schemaPath:"components.json#/$defs/PerformanceData/properties/changes/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
if((typeof data72 == "number") && (isFinite(data72))){
if(data72 < 0 || isNaN(data72)){
const err208 = {instancePath:instancePath+"/performance/changes/scn",schemaPath:"components.json#/$defs/PerformanceData/properties/changes/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
}
if(data71.scnPerSecond !== undefined){
let data73 = data71.scnPerSecond;
if((typeof data73 == "number") && (isFinite(data73))){
if(data73 < 0 || isNaN(data73)){
const err209 = {instancePath:instancePath+"/performance/changes/scnPerSecond",schemaPath:"components.json#/$defs/PerformanceData/properties/changes/properties/scnPerSecond/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
else {
const err210 = {instancePath:instancePath+"/performance/changes/scnPerSecond",schemaPath:"components.json#/$defs/PerformanceData/properties/changes/properties/scnPerSecond/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
if(data71.rowChanges !== undefined){
let data74 = data71.rowChanges;
if(!(((typeof data74 == "number") && (!(data74 % 1) && !isNaN(data74))) && (isFinite(data74)))){
const err211 = {instancePath:instancePath+"/performance/changes/rowChanges",schemaPath:"components.json#/$defs/PerformanceData/properties/changes/properties/rowChanges/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
if((typeof data74 == "number") && (isFinite(data74))){
if(data74 < 0 || isNaN(data74)){
const err212 = {instancePath:instancePath+"/performance/changes/rowChanges",schemaPath:"components.json#/$defs/PerformanceData/properties/changes/properties/rowChanges/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
}
}
else {
const err213 = {instancePath:instancePath+"/performance/changes",schemaPath:"components.json#/$defs/PerformanceData/properties/changes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
if(data36.queriesPerSecond !== undefined){
let data75 = data36.queriesPerSecond;
if((typeof data75 == "number") && (isFinite(data75))){
if(data75 < 0 || isNaN(data75)){
const err214 = {instancePath:instancePath+"/performance/queriesPerSecond",schemaPath:"components.json#/$defs/PerformanceData/properties/queriesPerSecond/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
else {
const err215 = {instancePath:instancePath+"/performance/queriesPerSecond",schemaPath:"components.json#/$defs/PerformanceData/properties/queriesPerSecond/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
if(data36.intervalSeconds !== undefined){
let data76 = data36.intervalSeconds;
if((typeof data76 == "number") && (isFinite(data76))){
if(data76 < 0 || isNaN(data76)){
const err216 = {instancePath:instancePath+"/performance/intervalSeconds",schemaPath:"components.json#/$defs/PerformanceData/properties/intervalSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
else {
const err217 = {instancePath:instancePath+"/performance/intervalSeconds",schemaPath:"components.json#/$defs/PerformanceData/properties/intervalSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
}
else {
const err218 = {instancePath:instancePath+"/performance",schemaPath:"components.json#/$defs/PerformanceData/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
}
else {
const err219 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metrics === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.health === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "health"},message:"must have required property '"+"health"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.alerts === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "alerts"},message:"must have required property '"+"alerts"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "metrics") || (key0 === "health")) || (key0 === "alerts"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.metrics !== undefined){
if(!(validate56(data.metrics, {instancePath:instancePath+"/metrics",parentData:data,parentDataProperty:"metrics",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data.health !== undefined){
let data1 = data.health;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.status === undefined){
const err4 = {instancePath:instancePath+"/health",schemaPath:"components.json#/$defs/HealthReport/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.checkedAt === undefined){
const err5 = {instancePath:instancePath+"/health",schemaPath:"components.json#/$defs/HealthReport/required",keyword:"required",params:{missingProperty: "checkedAt"},message:"must have required property '"+"checkedAt"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.uptimeSeconds === undefined){
const err6 = {instancePath:instancePath+"/health",schemaPath:"components.json#/$defs/HealthReport/required",keyword:"required",params:{missingProperty: "uptimeSeconds"},message:"must have required property '"+"uptimeSeconds"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1.components === undefined){
const err7 = {instancePath:instancePath+"/health",schemaPath:"components.json#/$defs/HealthReport/required",keyword:"required",params:{missingProperty: "components"},message:"must have required property '"+"components"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data1){
if(!((((key1 === "status") || (key1 === "checkedAt")) || (key1 === "uptimeSeconds")) || (key1 === "components"))){
const err8 = {instancePath:instancePath+"/health",schemaPath:"components.json#/$defs/HealthReport/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.status !== undefined){
let data2 = data1.status;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/health/status",schemaPath:"components.json#/$defs/HealthReport/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((data2 === "pass") || (data2 === "warn")) || (data2 === "fail"))){
const err10 = {instancePath:instancePath+"/health/status",schemaPath:"components.json#/$defs/HealthReport/properties/status/enum",keyword:"enum",params:{allowedValues: schema105.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.checkedAt !== undefined){
let data3 = data1.checkedAt;
if(typeof data3 === "string"){
if(!(formats0.validate(data3))){
const err11 = {instancePath:instancePath+"/health/checkedAt",schemaPath:"components.json#/$defs/HealthReport/properties/checkedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/health/checkedAt",schemaPath:"components.json#/$defs/HealthReport/properties/checkedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.uptimeSeconds !== undefined){
let data4 = data1.uptimeSeconds;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/health/uptimeSeconds",schemaPath:"components.json#/$defs/HealthReport/properties/uptimeSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/health/uptimeSeconds",schemaPath:"components.json#/$defs/HealthReport/properties/uptimeSeconds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.components !== undefined){
let data5 = data1.components;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.name === undefined){
const err15 = {instancePath:instancePath+"/health/components/" + i0,schemaPath:"components.json#/$defs/HealthReport/properties/components/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6.status === undefined){
const err16 = {instancePath:instancePath+"/health/components/" + i0,schemaPath:"components.json#/$defs/HealthReport/properties/components/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data6.responseTimeMs === undefined){
const err17 = {instancePath:instancePath+"/health/components/" + i0,schemaPath:"components.json#/$defs/HealthReport/properties/components/items/required",keyword:"required",params:{missingProperty: "responseTimeMs"},message:"must have required property '"+"responseTimeMs"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data6.details === undefined){
const err18 = {instancePath:instancePath+"/health/components/" + i0,schemaPath:"components.json#/$defs/HealthReport/properties/components/items/required",keyword:"required",params:{missingProperty: "details"},message:"must have required property '"+"details"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key2 in data6){
if(!((((key2 === "name") || (key2 === "status")) || (key2 === "responseTimeMs")) || (key2 === "details"))){
const err19 = {instancePath:instancePath+"/health/components/" + i0,schemaPath:"components.json#/$defs/HealthReport/properties/components/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.name !== undefined){
let data7 = data6.name;
if(typeof data7 !== "string"){
const err20 = {instancePath:instancePath+"/health/components/" + i0+"/name",schemaPath:"components.json#/$defs/HealthReport/properties/components/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!(((((((data7 === "storage") || (data7 === "change-log")) || (data7 === "event-bus")) || (data7 === "disk-space")) || (data7 === "wal-size")) || (data7 === "memory")) || (data7 === "event-loop"))){
const err21 = {instancePath:instancePath+"/health/components/" + i0+"/name",schemaPath:"components.json#/$defs/HealthReport/properties/components/items/properties/name/enum",keyword:"enum",params:{allowedValues: schema105.properties.components.items.properties.name.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.status !== undefined){
let data8 = data6.status;
if(typeof data8 !== "string"){
const err22 = {instancePath:instancePath+"/health/components/" + i0+"/status",schemaPath:"components.json#/$defs/HealthReport/properties/components/items/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(((data8 === "pass") || (data8 === "warn")) || (data8 === "fail"))){
const err23 = {instancePath:instancePath+"/health/components/" + i0+"/status",schemaPath:"components.json#/$defs/HealthReport/properties/components/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema105.properties.components.items.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.responseTimeMs !== undefined){
let data9 = data6.responseTimeMs;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err24 = {instancePath:instancePath+"/health/components/" + i0+"/responseTimeMs",schemaPath:"components.json#/$defs/HealthReport/properties/components/items/properties/responseTimeMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/health/components/" + i0+"/responseTimeMs",schemaPath:"components.json#/$defs/HealthReport/properties/components/items/properties/responseTimeMs/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.details !== undefined){
if(typeof data6.details !== "string"){
const err26 = {instancePath:instancePath+"/health/components/" + i0+"/details",schemaPath:"components.json#/$defs/HealthReport/properties/components/items/properties/details/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/health/components/" + i0,schemaPath:"components.json#/$defs/HealthReport/properties/components/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/health/components",schemaPath:"components.json#/$defs/HealthReport/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/health",schemaPath:"components.json#/$defs/HealthReport/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.alerts !== undefined){
let data11 = data.alerts;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.id === undefined){
const err30 = {instancePath:instancePath+"/alerts/" + i1,schemaPath:"components.json#/$defs/Alert/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data12.ruleId === undefined){
const err31 = {instancePath:instancePath+"/alerts/" + i1,schemaPath:"components.json#/$defs/Alert/required",keyword:"required",params:{missingProperty: "ruleId"},message:"must have required property '"+"ruleId"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data12.ruleName === undefined){
const err32 = {instancePath:instancePath+"/alerts/" + i1,schemaPath:"components.json#/$defs/Alert/required",keyword:"required",params:{missingProperty: "ruleName"},message:"must have required property '"+"ruleName"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data12.metric === undefined){
const err33 = {instancePath:instancePath+"/alerts/" + i1,schemaPath:"components.json#/$defs/Alert/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data12.comparison === undefined){
const err34 = {instancePath:instancePath+"/alerts/" + i1,schemaPath:"components.json#/$defs/Alert/required",keyword:"required",params:{missingProperty: "comparison"},message:"must have required property '"+"comparison"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data12.threshold === undefined){
const err35 = {instancePath:instancePath+"/alerts/" + i1,schemaPath:"components.json#/$defs/Alert/required",keyword:"required",params:{missingProperty: "threshold"},message:"must have required property '"+"threshold"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data12.severity === undefined){
const err36 = {instancePath:instancePath+"/alerts/" + i1,schemaPath:"components.json#/$defs/Alert/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data12.state === undefined){
const err37 = {instancePath:instancePath+"/alerts/" + i1,schemaPath:"components.json#/$defs/Alert/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data12.value === undefined){
const err38 = {instancePath:instancePath+"/alerts/" + i1,schemaPath:"components.json#/$defs/Alert/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data12.message === undefined){
const err39 = {instancePath:instancePath+"/alerts/" + i1,schemaPath:"components.json#/$defs/Alert/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data12.firedAt === undefined){
const err40 = {instancePath:instancePath+"/alerts/" + i1,schemaPath:"components.json#/$defs/Alert/required",keyword:"required",params:{missingProperty: "firedAt"},message:"must have required property '"+"firedAt"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data12.acknowledgedAt === undefined){
const err41 = {instancePath:instancePath+"/alerts/" + i1,schemaPath:"components.json#/$defs/Alert/required",keyword:"required",params:{missingProperty: "acknowledgedAt"},message:"must have required property '"+"acknowledgedAt"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data12.acknowledgedBy === undefined){
const err42 = {instancePath:instancePath+"/alerts/" + i1,schemaPath:"components.json#/$defs/Alert/required",keyword:"required",params:{missingProperty: "acknowledgedBy"},message:"must have required property '"+"acknowledgedBy"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data12.resolvedAt === undefined){
const err43 = {instancePath:instancePath+"/alerts/" + i1,schemaPath:"components.json#/$defs/Alert/required",keyword:"required",params:{missingProperty: "resolvedAt"},message:"must have required property '"+"resolvedAt"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key3 in data12){
if(!(func7.call(schema106.properties, key3))){
const err44 = {instancePath:instancePath+"/alerts/" + i1,schemaPath:"components.json#/$defs/Alert/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data12.id !== undefined){
if(typeof data12.id !== "string"){
const err45 = {instancePath:instancePath+"/alerts/" + i1+"/id",schemaPath:"components.json#/$defs/Alert/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data12.ruleId !== undefined){
if(typeof data12.ruleId !== "string"){
const err46 = {instancePath:instancePath+"/alerts/" + i1+"/ruleId",schemaPath:"components.json#/$defs/Alert/properties/ruleId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data12.ruleName !== undefined){
if(typeof data12.ruleName !== "string"){
const err47 = {instancePath:instancePath+"/alerts/" + i1+"/ruleName",schemaPath:"components.json#/$defs/Alert/properties/ruleName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data12.metric !== undefined){
let data16 = data12.metric;
if(typeof data16 !== "string"){
const err48 = {instancePath:instancePath+"/alerts/" + i1+"/metric",schemaPath:"components.json#/$defs/Alert/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!(((((((((((data16 === "event_loop_lag_p99_ms") || (data16 === "cpu_percent")) || (data16 === "memory_rss_bytes")) || (data16 === "disk_used_percent")) || (data16 === "wal_bytes")) || (data16 === "http_error_rate")) || (data16 === "sql_error_rate")) || (data16 === "sql_p99_ms")) || (data16 === "open_transactions")) || (data16 === "open_sessions")) || (data16 === "websocket_connections"))){
const err49 = {instancePath:instancePath+"/alerts/" + i1+"/metric",schemaPath:"components.json#/$defs/Alert/properties/metric/enum",keyword:"enum",params:{allowedValues: schema106.properties.metric.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data12.comparison !== undefined){
let data17 = data12.comparison;
if(typeof data17 !== "string"){
const err50 = {instancePath:instancePath+"/alerts/" + i1+"/comparison",schemaPath:"components.json#/$defs/Alert/properties/comparison/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(!((((data17 === "gt") || (data17 === "gte")) || (data17 === "lt")) || (data17 === "lte"))){
const err51 = {instancePath:instancePath+"/alerts/" + i1+"/comparison",schemaPath:"components.json#/$defs/Alert/properties/comparison/enum",keyword:"enum",params:{allowedValues: schema106.properties.comparison.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data12.threshold !== undefined){
let data18 = data12.threshold;
if(!((typeof data18 == "number") && (isFinite(data18)))){
const err52 = {instancePath:instancePath+"/alerts/" + i1+"/threshold",schemaPath:"components.json#/$defs/Alert/properties/threshold/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data12.severity !== undefined){
let data19 = data12.severity;
if(typeof data19 !== "string"){
const err53 = {instancePath:instancePath+"/alerts/" + i1+"/severity",schemaPath:"components.json#/$defs/Alert/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(!((((data19 === "info") || (data19 === "warning")) || (data19 === "error")) || (data19 === "critical"))){
const err54 = {instancePath:instancePath+"/alerts/" + i1+"/severity",schemaPath:"components.json#/$defs/Alert/properties/severity/enum",keyword:"enum",params:{allowedValues: schema106.properties.severity.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data12.state !== undefined){
let data20 = data12.state;
if(typeof data20 !== "string"){
const err55 = {instancePath:instancePath+"/alerts/" + i1+"/state",schemaPath:"components.json#/$defs/Alert/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!(((data20 === "firing") || (data20 === "acknowledged")) || (data20 === "resolved"))){
const err56 = {instancePath:instancePath+"/alerts/" + i1+"/state",schemaPath:"components.json#/$defs/Alert/properties/state/enum",keyword:"enum",params:{allowedValues: schema106.properties.state.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data12.value !== undefined){
let data21 = data12.value;
if(!((typeof data21 == "number") && (isFinite(data21)))){
const err57 = {instancePath:instancePath+"/alerts/" + i1+"/value",schemaPath:"components.json#/$defs/Alert/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data12.message !== undefined){
if(typeof data12.message !== "string"){
const err58 = {instancePath:instancePath+"/alerts/" + i1+"/message",schemaPath:"components.json#/$defs/Alert/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data12.firedAt !== undefined){
let data23 = data12.firedAt;
if(typeof data23 === "string"){
if(!(formats0.validate(data23))){
const err59 = {instancePath:instancePath+"/alerts/" + i1+"/firedAt",schemaPath:"components.json#/$defs/Alert/properties/firedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/alerts/" + i1+"/firedAt",schemaPath:"components.json#/$defs/Alert/properties/firedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data12.acknowledgedAt !== undefined){
let data24 = data12.acknowledgedAt;
if((typeof data24 !== "string") && (data24 !== null)){
const err61 = {instancePath:instancePath+"/alerts/" + i1+"/acknowledgedAt",schemaPath:"components.json#/$defs/Alert/properties/acknowledgedAt/type",keyword:"type",params:{type: schema106.properties.acknowledgedAt.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(typeof data24 === "string"){
if(!(formats0.validate(data24))){
const err62 = {instancePath:instancePath+"/alerts/" + i1+"/acknowledgedAt",schemaPath:"components.json#/$defs/Alert/properties/acknowledgedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
if(data12.acknowledgedBy !== undefined){
let data25 = data12.acknowledgedBy;
if((typeof data25 !== "string") && (data25 !== null)){
const err63 = {instancePath:instancePath+"/alerts/" + i1+"/acknowledgedBy",schemaPath:"components.json#/$defs/Alert/properties/acknowledgedBy/type",keyword:"type",params:{type: schema106.properties.acknowledgedBy.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data12.resolvedAt !== undefined){
let data26 = data12.resolvedAt;
if((typeof data26 !== "string") && (data26 !== null)){
const err64 = {instancePath:instancePath+"/alerts/" + i1+"/resolvedAt",schemaPath:"components.json#/$defs/Alert/properties/resolvedAt/type",keyword:"type",params:{type: schema106.properties.resolvedAt.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(typeof data26 === "string"){
if(!(formats0.validate(data26))){
const err65 = {instancePath:instancePath+"/alerts/" + i1+"/resolvedAt",schemaPath:"components.json#/$defs/Alert/properties/resolvedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
}
else {
const err66 = {instancePath:instancePath+"/alerts/" + i1,schemaPath:"components.json#/$defs/Alert/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/alerts",schemaPath:"#/properties/alerts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="dashboardUpdate_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("dashboard_update" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "dashboard_update"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate55(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const flashbackEvent_message = validate63;
const schema107 = {"$id":"flashbackEvent_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"flashback_event"},"data":{"$ref":"components.json#/$defs/FlashbackEvent"}}}]};
const schema109 = {"title":"FlashbackEvent","description":"A flashback operation: a query, a restore, a reversal, a restore point, or a purge of the change log.","type":"object","required":["operation","tables","targetScn","scn","rows","restorePoint","at"],"properties":{"operation":{"type":"string","enum":["query","versions","table","database","transaction","restore_point_created","restore_point_dropped","history_purged"]},"tables":{"type":"array","items":{"type":"string"},"description":"The tables read or changed."},"targetScn":{"type":["integer","null"],"minimum":0,"description":"The point gone back to (for versions, the end of the range; for a purge, the new oldest SCN)."},"scn":{"type":["integer","null"],"minimum":1,"description":"The commit a restore or reversal made."},"rows":{"type":"integer","minimum":0,"description":"Rows returned, rows changed, or changes purged."},"restorePoint":{"type":["string","null"]},"at":{"type":"string","format":"date-time"}},"additionalProperties":false};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="flashbackEvent_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("flashback_event" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "flashback_event"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.operation === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/FlashbackEvent/required",keyword:"required",params:{missingProperty: "operation"},message:"must have required property '"+"operation"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.tables === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/FlashbackEvent/required",keyword:"required",params:{missingProperty: "tables"},message:"must have required property '"+"tables"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.targetScn === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/FlashbackEvent/required",keyword:"required",params:{missingProperty: "targetScn"},message:"must have required property '"+"targetScn"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.scn === undefined){
const err15 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/FlashbackEvent/required",keyword:"required",params:{missingProperty: "scn"},message:"must have required property '"+"scn"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5.rows === undefined){
const err16 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/FlashbackEvent/required",keyword:"required",params:{missingProperty: "rows"},message:"must have required property '"+"rows"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5.restorePoint === undefined){
const err17 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/FlashbackEvent/required",keyword:"required",params:{missingProperty: "restorePoint"},message:"must have required property '"+"restorePoint"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.at === undefined){
const err18 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/FlashbackEvent/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 in data5){
if(!(((((((key1 === "operation") || (key1 === "tables")) || (key1 === "targetScn")) || (key1 === "scn")) || (key1 === "rows")) || (key1 === "restorePoint")) || (key1 === "at"))){
const err19 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/FlashbackEvent/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.operation !== undefined){
let data6 = data5.operation;
if(typeof data6 !== "string"){
const err20 = {instancePath:instancePath+"/data/operation",schemaPath:"components.json#/$defs/FlashbackEvent/properties/operation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!((((((((data6 === "query") || (data6 === "versions")) || (data6 === "table")) || (data6 === "database")) || (data6 === "transaction")) || (data6 === "restore_point_created")) || (data6 === "restore_point_dropped")) || (data6 === "history_purged"))){
const err21 = {instancePath:instancePath+"/data/operation",schemaPath:"components.json#/$defs/FlashbackEvent/properties/operation/enum",keyword:"enum",params:{allowedValues: schema109.properties.operation.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data5.tables !== undefined){
let data7 = data5.tables;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(typeof data7[i0] !== "string"){
const err22 = {instancePath:instancePath+"/data/tables/" + i0,schemaPath:"components.json#/$defs/FlashbackEvent/properties/tables/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/data/tables",schemaPath:"components.json#/$defs/FlashbackEvent/properties/tables/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5.targetScn !== undefined){
let data9 = data5.targetScn;
if((!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))) && (data9 !== null)){
const err24 = {instancePath:instancePath+"/data/targetScn",schemaPath:"components.json#/$defs/FlashbackEvent/properties/targetScn/type",keyword:"type",params:{type: schema109.properties.targetScn.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err25 = {instancePath:instancePath+"/data/targetScn",schemaPath:"components.json#/$defs/FlashbackEvent/properties/targetScn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data5.scn !== undefined){
let data10 = data5.scn;
if((!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) && (data10 !== null)){
const err26 = {instancePath:instancePath+"/data/scn",schemaPath:"components.json#/$defs/FlashbackEvent/properties/scn/type",keyword:"type",params:{type: schema109.properties.scn.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err27 = {instancePath:instancePath+"/data/scn",schemaPath:"components.json#/$defs/FlashbackEvent/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data5.rows !== undefined){
let data11 = data5.rows;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err28 = {instancePath:instancePath+"/data/rows",schemaPath:"components.json#/$defs/FlashbackEvent/properties/rows/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err29 = {instancePath:instancePath+"/data/rows",schemaPath:"components.json#/$defs/FlashbackEvent/properties/rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
if(data5.restorePoint !== undefined){
let data12 = data5.restorePoint;
if((typeof data12 !== "string") && (data12 !== null)){
const err30 = {instancePath:instancePath+"/data/restorePoint",schemaPath:"components.json#/$defs/FlashbackEvent/properties/restorePoint/type",keyword:"type",params:{type: schema109.properties.restorePoint.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data5.at !== undefined){
let data13 = data5.at;
if(typeof data13 === "string"){
if(!(formats0.validate(data13))){
const err31 = {instancePath:instancePath+"/data/at",schemaPath:"components.json#/$defs/FlashbackEvent/properties/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/data/at",schemaPath:"components.json#/$defs/FlashbackEvent/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/FlashbackEvent/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const backupProgress_message = validate64;
const schema110 = {"$id":"backupProgress_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"backup_progress"},"data":{"$ref":"components.json#/$defs/BackupProgress"}}}]};
const schema112 = {"title":"BackupProgress","description":"Progress of a backup, restore, verify or point-in-time recovery, measured: bytes copied, changes replayed, and an ETA extrapolated from the pace so far.","type":"object","required":["operationId","requestId","operation","backupId","phase","status","percentage","bytesProcessed","bytesTotal","etaSeconds","message","at"],"properties":{"operationId":{"type":"string"},"requestId":{"type":["string","null"],"description":"The X-Request-Id of the request that started it, so a client can follow its own."},"operation":{"type":"string","enum":["backup","restore","verify","pitr"]},"backupId":{"type":["string","null"]},"phase":{"type":"string","description":"snapshot, change-log, store, checksum, load, replay, replay-log or check."},"status":{"type":"string","enum":["running","completed","failed"]},"percentage":{"type":"number","minimum":0,"maximum":100},"bytesProcessed":{"type":"integer","minimum":0},"bytesTotal":{"type":"integer","minimum":0},"etaSeconds":{"type":["number","null"],"minimum":0},"message":{"type":["string","null"],"description":"How it ended (or why it failed)."},"at":{"type":"string","format":"date-time"}},"additionalProperties":false};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="backupProgress_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("backup_progress" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "backup_progress"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.operationId === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/required",keyword:"required",params:{missingProperty: "operationId"},message:"must have required property '"+"operationId"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.requestId === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/required",keyword:"required",params:{missingProperty: "requestId"},message:"must have required property '"+"requestId"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.operation === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/required",keyword:"required",params:{missingProperty: "operation"},message:"must have required property '"+"operation"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.backupId === undefined){
const err15 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/required",keyword:"required",params:{missingProperty: "backupId"},message:"must have required property '"+"backupId"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5.phase === undefined){
const err16 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/required",keyword:"required",params:{missingProperty: "phase"},message:"must have required property '"+"phase"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5.status === undefined){
const err17 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.percentage === undefined){
const err18 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/required",keyword:"required",params:{missingProperty: "percentage"},message:"must have required property '"+"percentage"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5.bytesProcessed === undefined){
const err19 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/required",keyword:"required",params:{missingProperty: "bytesProcessed"},message:"must have required property '"+"bytesProcessed"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5.bytesTotal === undefined){
const err20 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/required",keyword:"required",params:{missingProperty: "bytesTotal"},message:"must have required property '"+"bytesTotal"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data5.etaSeconds === undefined){
const err21 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/required",keyword:"required",params:{missingProperty: "etaSeconds"},message:"must have required property '"+"etaSeconds"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5.message === undefined){
const err22 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data5.at === undefined){
const err23 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key1 in data5){
if(!(func7.call(schema112.properties, key1))){
const err24 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data5.operationId !== undefined){
if(typeof data5.operationId !== "string"){
const err25 = {instancePath:instancePath+"/data/operationId",schemaPath:"components.json#/$defs/BackupProgress/properties/operationId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data5.requestId !== undefined){
let data7 = data5.requestId;
if((typeof data7 !== "string") && (data7 !== null)){
const err26 = {instancePath:instancePath+"/data/requestId",schemaPath:"components.json#/$defs/BackupProgress/properties/requestId/type",keyword:"type",params:{type: schema112.properties.requestId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data5.operation !== undefined){
let data8 = data5.operation;
if(typeof data8 !== "string"){
const err27 = {instancePath:instancePath+"/data/operation",schemaPath:"components.json#/$defs/BackupProgress/properties/operation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!((((data8 === "backup") || (data8 === "restore")) || (data8 === "verify")) || (data8 === "pitr"))){
const err28 = {instancePath:instancePath+"/data/operation",schemaPath:"components.json#/$defs/BackupProgress/properties/operation/enum",keyword:"enum",params:{allowedValues: schema112.properties.operation.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data5.backupId !== undefined){
let data9 = data5.backupId;
if((typeof data9 !== "string") && (data9 !== null)){
const err29 = {instancePath:instancePath+"/data/backupId",schemaPath:"components.json#/$defs/BackupProgress/properties/backupId/type",keyword:"type",params:{type: schema112.properties.backupId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data5.phase !== undefined){
if(typeof data5.phase !== "string"){
const err30 = {instancePath:instancePath+"/data/phase",schemaPath:"components.json#/$defs/BackupProgress/properties/phase/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data5.status !== undefined){
let data11 = data5.status;
if(typeof data11 !== "string"){
const err31 = {instancePath:instancePath+"/data/status",schemaPath:"components.json#/$defs/BackupProgress/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!(((data11 === "running") || (data11 === "completed")) || (data11 === "failed"))){
const err32 = {instancePath:instancePath+"/data/status",schemaPath:"components.json#/$defs/BackupProgress/properties/status/enum",keyword:"enum",params:{allowedValues: schema112.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data5.percentage !== undefined){
let data12 = data5.percentage;
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 100 || isNaN(data12)){
const err33 = {instancePath:instancePath+"/data/percentage",schemaPath:"components.json#/$defs/BackupProgress/properties/percentage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data12 < 0 || isNaN(data12)){
const err34 = {instancePath:instancePath+"/data/percentage",schemaPath:"components.json#/$defs/BackupProgress/properties/percentage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/data/percentage",schemaPath:"components.json#/$defs/BackupProgress/properties/percentage/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data5.bytesProcessed !== undefined){
let data13 = data5.bytesProcessed;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err36 = {instancePath:instancePath+"/data/bytesProcessed",schemaPath:"components.json#/$defs/BackupProgress/properties/bytesProcessed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err37 = {instancePath:instancePath+"/data/bytesProcessed",schemaPath:"components.json#/$defs/BackupProgress/properties/bytesProcessed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data5.bytesTotal !== undefined){
let data14 = data5.bytesTotal;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err38 = {instancePath:instancePath+"/data/bytesTotal",schemaPath:"components.json#/$defs/BackupProgress/properties/bytesTotal/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err39 = {instancePath:instancePath+"/data/bytesTotal",schemaPath:"components.json#/$defs/BackupProgress/properties/bytesTotal/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data5.etaSeconds !== undefined){
let data15 = data5.etaSeconds;
if((!((typeof data15 == "number") && (isFinite(data15)))) && (data15 !== null)){
const err40 = {instancePath:instancePath+"/data/etaSeconds",schemaPath:"components.json#/$defs/BackupProgress/properties/etaSeconds/type",keyword:"type",params:{type: schema112.properties.etaSeconds.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err41 = {instancePath:instancePath+"/data/etaSeconds",schemaPath:"components.json#/$defs/BackupProgress/properties/etaSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
if(data5.message !== undefined){
let data16 = data5.message;
if((typeof data16 !== "string") && (data16 !== null)){
const err42 = {instancePath:instancePath+"/data/message",schemaPath:"components.json#/$defs/BackupProgress/properties/message/type",keyword:"type",params:{type: schema112.properties.message.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data5.at !== undefined){
let data17 = data5.at;
if(typeof data17 === "string"){
if(!(formats0.validate(data17))){
const err43 = {instancePath:instancePath+"/data/at",schemaPath:"components.json#/$defs/BackupProgress/properties/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/data/at",schemaPath:"components.json#/$defs/BackupProgress/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const blockchainRowInserted_message = validate65;
const schema113 = {"$id":"blockchainRowInserted_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"blockchain_row_inserted"},"data":{"$ref":"components.json#/$defs/BlockchainRowReceipt"}}}]};
const schema115 = {"title":"BlockchainRowReceipt","description":"A row's place in the chain, as inserted.","type":"object","required":["tableName","seq","insertedAt","insertedBy","prevHash","rowHash","data","scn"],"properties":{"tableName":{"type":"string"},"seq":{"type":"integer","minimum":1,"description":"The row's sequence number (its rowid)."},"insertedAt":{"type":"string","format":"date-time"},"insertedBy":{"type":["string","null"],"description":"The user who did it."},"prevHash":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"Hash of the row before (64 zeros for the first)."},"rowHash":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"SHA-256 over the row's table, sequence number, time, user, previous hash and values."},"data":{"type":"object","additionalProperties":{"$ref":"components.json#/$defs/SqlValue"}},"scn":{"type":["integer","null"],"description":"SCN of the commit."}},"additionalProperties":false};
const pattern5 = new RegExp("^[0-9a-f]{64}$", "u");

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tableName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tableName"},message:"must have required property '"+"tableName"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.seq === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.insertedAt === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "insertedAt"},message:"must have required property '"+"insertedAt"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.insertedBy === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "insertedBy"},message:"must have required property '"+"insertedBy"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.prevHash === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prevHash"},message:"must have required property '"+"prevHash"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.rowHash === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rowHash"},message:"must have required property '"+"rowHash"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.data === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.scn === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scn"},message:"must have required property '"+"scn"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "tableName") || (key0 === "seq")) || (key0 === "insertedAt")) || (key0 === "insertedBy")) || (key0 === "prevHash")) || (key0 === "rowHash")) || (key0 === "data")) || (key0 === "scn"))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.tableName !== undefined){
if(typeof data.tableName !== "string"){
const err9 = {instancePath:instancePath+"/tableName",schemaPath:"#/properties/tableName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.seq !== undefined){
let data1 = data.seq;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err10 = {instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err11 = {instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.insertedAt !== undefined){
let data2 = data.insertedAt;
if(typeof data2 === "string"){
if(!(formats0.validate(data2))){
const err12 = {instancePath:instancePath+"/insertedAt",schemaPath:"#/properties/insertedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/insertedAt",schemaPath:"#/properties/insertedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.insertedBy !== undefined){
let data3 = data.insertedBy;
if((typeof data3 !== "string") && (data3 !== null)){
const err14 = {instancePath:instancePath+"/insertedBy",schemaPath:"#/properties/insertedBy/type",keyword:"type",params:{type: schema115.properties.insertedBy.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.prevHash !== undefined){
let data4 = data.prevHash;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err15 = {instancePath:instancePath+"/prevHash",schemaPath:"#/properties/prevHash/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/prevHash",schemaPath:"#/properties/prevHash/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.rowHash !== undefined){
let data5 = data.rowHash;
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
const err17 = {instancePath:instancePath+"/rowHash",schemaPath:"#/properties/rowHash/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/rowHash",schemaPath:"#/properties/rowHash/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.data !== undefined){
let data6 = data.data;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
if(!(validate26(data6[key1], {instancePath:instancePath+"/data/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data6,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.scn !== undefined){
let data8 = data.scn;
if((!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) && (data8 !== null)){
const err20 = {instancePath:instancePath+"/scn",schemaPath:"#/properties/scn/type",keyword:"type",params:{type: schema115.properties.scn.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="blockchainRowInserted_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("blockchain_row_inserted" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "blockchain_row_inserted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate66(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const blockchainBlockFinalized_message = validate69;
const schema116 = {"$id":"blockchainBlockFinalized_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"blockchain_block_finalized"},"data":{"$ref":"components.json#/$defs/BlockchainBlock"}}}]};
const schema118 = {"title":"BlockchainBlock","description":"A finalized block: a range of rows sealed by their Merkle root, chained to the block before.","type":"object","required":["tableName","blockId","firstSeq","lastSeq","rowCount","merkleRoot","prevBlockHash","blockHash","finalizedAt","finalizedBy","purged"],"properties":{"tableName":{"type":"string"},"blockId":{"type":"integer","minimum":1},"firstSeq":{"type":"integer","minimum":1},"lastSeq":{"type":"integer","minimum":1},"rowCount":{"type":"integer","minimum":1},"merkleRoot":{"type":"string","pattern":"^[0-9a-f]{64}$"},"prevBlockHash":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"Hash of the block before (64 zeros for the first)."},"blockHash":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"SHA-256 over the table, block id, row range, Merkle root, previous block hash and time."},"finalizedAt":{"type":"string","format":"date-time"},"finalizedBy":{"type":["string","null"],"description":"The user who did it."},"purged":{"type":"boolean","description":"Its rows were purged by retention; the header stays so the blocks still link."},"proof":{"$ref":"components.json#/$defs/MerkleProof"}},"additionalProperties":false};
const schema119 = {"title":"MerkleProof","description":"The sibling hashes that take a row hash up to its block's Merkle root. Leaves are SHA-256(0x00 || row hash), inner nodes SHA-256(0x01 || left || right); an odd node moves up as it is.","type":"object","required":["seq","rowHash","steps","merkleRoot"],"properties":{"seq":{"type":"integer","minimum":1},"rowHash":{"type":"string","pattern":"^[0-9a-f]{64}$"},"steps":{"type":"array","items":{"type":"object","required":["position","hash"],"properties":{"position":{"type":"string","enum":["left","right"],"description":"Which side the sibling is hashed on."},"hash":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"additionalProperties":false}},"merkleRoot":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"additionalProperties":false};

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tableName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tableName"},message:"must have required property '"+"tableName"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.blockId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "blockId"},message:"must have required property '"+"blockId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.firstSeq === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "firstSeq"},message:"must have required property '"+"firstSeq"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.lastSeq === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lastSeq"},message:"must have required property '"+"lastSeq"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.rowCount === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rowCount"},message:"must have required property '"+"rowCount"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.merkleRoot === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "merkleRoot"},message:"must have required property '"+"merkleRoot"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.prevBlockHash === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prevBlockHash"},message:"must have required property '"+"prevBlockHash"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.blockHash === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "blockHash"},message:"must have required property '"+"blockHash"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.finalizedAt === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "finalizedAt"},message:"must have required property '"+"finalizedAt"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.finalizedBy === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "finalizedBy"},message:"must have required property '"+"finalizedBy"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.purged === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "purged"},message:"must have required property '"+"purged"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!(func7.call(schema118.properties, key0))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.tableName !== undefined){
if(typeof data.tableName !== "string"){
const err12 = {instancePath:instancePath+"/tableName",schemaPath:"#/properties/tableName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.blockId !== undefined){
let data1 = data.blockId;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err13 = {instancePath:instancePath+"/blockId",schemaPath:"#/properties/blockId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err14 = {instancePath:instancePath+"/blockId",schemaPath:"#/properties/blockId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.firstSeq !== undefined){
let data2 = data.firstSeq;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err15 = {instancePath:instancePath+"/firstSeq",schemaPath:"#/properties/firstSeq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err16 = {instancePath:instancePath+"/firstSeq",schemaPath:"#/properties/firstSeq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.lastSeq !== undefined){
let data3 = data.lastSeq;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err17 = {instancePath:instancePath+"/lastSeq",schemaPath:"#/properties/lastSeq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err18 = {instancePath:instancePath+"/lastSeq",schemaPath:"#/properties/lastSeq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.rowCount !== undefined){
let data4 = data.rowCount;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err19 = {instancePath:instancePath+"/rowCount",schemaPath:"#/properties/rowCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err20 = {instancePath:instancePath+"/rowCount",schemaPath:"#/properties/rowCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.merkleRoot !== undefined){
let data5 = data.merkleRoot;
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
const err21 = {instancePath:instancePath+"/merkleRoot",schemaPath:"#/properties/merkleRoot/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/merkleRoot",schemaPath:"#/properties/merkleRoot/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.prevBlockHash !== undefined){
let data6 = data.prevBlockHash;
if(typeof data6 === "string"){
if(!pattern5.test(data6)){
const err23 = {instancePath:instancePath+"/prevBlockHash",schemaPath:"#/properties/prevBlockHash/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/prevBlockHash",schemaPath:"#/properties/prevBlockHash/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.blockHash !== undefined){
let data7 = data.blockHash;
if(typeof data7 === "string"){
if(!pattern5.test(data7)){
const err25 = {instancePath:instancePath+"/blockHash",schemaPath:"#/properties/blockHash/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/blockHash",schemaPath:"#/properties/blockHash/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.finalizedAt !== undefined){
let data8 = data.finalizedAt;
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err27 = {instancePath:instancePath+"/finalizedAt",schemaPath:"#/properties/finalizedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/finalizedAt",schemaPath:"#/properties/finalizedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.finalizedBy !== undefined){
let data9 = data.finalizedBy;
if((typeof data9 !== "string") && (data9 !== null)){
const err29 = {instancePath:instancePath+"/finalizedBy",schemaPath:"#/properties/finalizedBy/type",keyword:"type",params:{type: schema118.properties.finalizedBy.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.purged !== undefined){
if(typeof data.purged !== "boolean"){
const err30 = {instancePath:instancePath+"/purged",schemaPath:"#/properties/purged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.proof !== undefined){
let data11 = data.proof;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.seq === undefined){
const err31 = {instancePath:instancePath+"/proof",schemaPath:"components.json#/$defs/MerkleProof/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data11.rowHash === undefined){
const err32 = {instancePath:instancePath+"/proof",schemaPath:"components.json#/$defs/MerkleProof/required",keyword:"required",params:{missingProperty: "rowHash"},message:"must have required property '"+"rowHash"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data11.steps === undefined){
const err33 = {instancePath:instancePath+"/proof",schemaPath:"components.json#/$defs/MerkleProof/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data11.merkleRoot === undefined){
const err34 = {instancePath:instancePath+"/proof",schemaPath:"components.json#/$defs/MerkleProof/required",keyword:"required",params:{missingProperty: "merkleRoot"},message:"must have required property '"+"merkleRoot"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key1 in data11){
if(!((((key1 === "seq") || (key1 === "rowHash")) || (key1 === "steps")) || (key1 === "merkleRoot"))){
const err35 = {instancePath:instancePath+"/proof",schemaPath:"components.json#/$defs/MerkleProof/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data11.seq !== undefined){
let data12 = data11.seq;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err36 = {instancePath:instancePath+"/proof/seq",schemaPath:"components.json#/$defs/MerkleProof/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 1 || isNaN(data12)){
const err37 = {instancePath:instancePath+"/proof/seq",schemaPath:"components.json#/$defs/MerkleProof/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data11.rowHash !== undefined){
let data13 = data11.rowHash;
if(typeof data13 === "string"){
if(!pattern5.test(data13)){
const err38 = {instancePath:instancePath+"/proof/rowHash",schemaPath:"components.json#/$defs/MerkleProof/properties/rowHash/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/proof/rowHash",schemaPath:"components.json#/$defs/MerkleProof/properties/rowHash/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data11.steps !== undefined){
let data14 = data11.steps;
if(Array.isArray(data14)){
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
let data15 = data14[i0];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.position === undefined){
const err40 = {instancePath:instancePath+"/proof/steps/" + i0,schemaPath:"components.json#/$defs/MerkleProof/properties/steps/items/required",keyword:"required",params:{missingProperty: "position"},message:"must have required property '"+"position"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data15.hash === undefined){
const err41 = {instancePath:instancePath+"/proof/steps/" + i0,schemaPath:"components.json#/$defs/MerkleProof/properties/steps/items/required",keyword:"required",params:{missingProperty: "hash"},message:"must have required property '"+"hash"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key2 in data15){
if(!((key2 === "position") || (key2 === "hash"))){
const err42 = {instancePath:instancePath+"/proof/steps/" + i0,schemaPath:"components.json#/$defs/MerkleProof/properties/steps/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data15.position !== undefined){
let data16 = data15.position;
if(typeof data16 !== "string"){
const err43 = {instancePath:instancePath+"/proof/steps/" + i0+"/position",schemaPath:"components.json#/$defs/MerkleProof/properties/steps/items/properties/position/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!((data16 === "left") || (data16 === "right"))){
const err44 = {instancePath:instancePath+"/proof/steps/" + i0+"/position",schemaPath:"components.json#/$defs/MerkleProof/properties/steps/items/properties/position/enum",keyword:"enum",params:{allowedValues: schema119.properties.steps.items.properties.position.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data15.hash !== undefined){
let data17 = data15.hash;
if(typeof data17 === "string"){
if(!pattern5.test(data17)){
const err45 = {instancePath:instancePath+"/proof/steps/" + i0+"/hash",schemaPath:"components.json#/$defs/MerkleProof/properties/steps/items/properties/hash/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/proof/steps/" + i0+"/hash",schemaPath:"components.json#/$defs/MerkleProof/properties/steps/items/properties/hash/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/proof/steps/" + i0,schemaPath:"components.json#/$defs/MerkleProof/properties/steps/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/proof/steps",schemaPath:"components.json#/$defs/MerkleProof/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data11.merkleRoot !== undefined){
let data18 = data11.merkleRoot;
if(typeof data18 === "string"){
if(!pattern5.test(data18)){
const err49 = {instancePath:instancePath+"/proof/merkleRoot",schemaPath:"components.json#/$defs/MerkleProof/properties/merkleRoot/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/proof/merkleRoot",schemaPath:"components.json#/$defs/MerkleProof/properties/merkleRoot/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/proof",schemaPath:"components.json#/$defs/MerkleProof/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="blockchainBlockFinalized_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("blockchain_block_finalized" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "blockchain_block_finalized"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate70(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate69.errors = vErrors;
return errors === 0;
}
validate69.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const blockchainVerificationCompleted_message = validate72;
const schema120 = {"$id":"blockchainVerificationCompleted_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"blockchain_verification_completed"},"data":{"$ref":"components.json#/$defs/BlockchainVerification"}}}]};
const schema122 = {"title":"BlockchainVerification","description":"The outcome of recomputing a blockchain table from what is stored.","type":"object","required":["tableName","valid","rowsChecked","blocksChecked","firstBrokenRow","firstBrokenBlock","headSeq","headHash","verifiedAt","elapsedMs"],"properties":{"tableName":{"type":"string"},"valid":{"type":"boolean"},"rowsChecked":{"type":"integer","minimum":0},"blocksChecked":{"type":"integer","minimum":0},"firstBrokenRow":{"oneOf":[{"type":"null"},{"type":"object","required":["seq","problem","detail"],"properties":{"seq":{"type":"integer"},"problem":{"type":"string","enum":["modified","deleted","inserted","reordered"]},"detail":{"type":"string"}},"additionalProperties":false}]},"firstBrokenBlock":{"oneOf":[{"type":"null"},{"type":"object","required":["blockId","problem","detail"],"properties":{"blockId":{"type":"integer"},"problem":{"type":"string","enum":["merkle_root_mismatch","block_hash_mismatch","broken_link","range_mismatch"]},"detail":{"type":"string"}},"additionalProperties":false}]},"headSeq":{"type":"integer","minimum":0},"headHash":{"type":"string","pattern":"^[0-9a-f]{64}$"},"verifiedAt":{"type":"string","format":"date-time"},"elapsedMs":{"type":"number","minimum":0}},"additionalProperties":false};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="blockchainVerificationCompleted_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate72.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("blockchain_verification_completed" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "blockchain_verification_completed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.tableName === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainVerification/required",keyword:"required",params:{missingProperty: "tableName"},message:"must have required property '"+"tableName"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.valid === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainVerification/required",keyword:"required",params:{missingProperty: "valid"},message:"must have required property '"+"valid"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.rowsChecked === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainVerification/required",keyword:"required",params:{missingProperty: "rowsChecked"},message:"must have required property '"+"rowsChecked"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.blocksChecked === undefined){
const err15 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainVerification/required",keyword:"required",params:{missingProperty: "blocksChecked"},message:"must have required property '"+"blocksChecked"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5.firstBrokenRow === undefined){
const err16 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainVerification/required",keyword:"required",params:{missingProperty: "firstBrokenRow"},message:"must have required property '"+"firstBrokenRow"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5.firstBrokenBlock === undefined){
const err17 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainVerification/required",keyword:"required",params:{missingProperty: "firstBrokenBlock"},message:"must have required property '"+"firstBrokenBlock"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.headSeq === undefined){
const err18 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainVerification/required",keyword:"required",params:{missingProperty: "headSeq"},message:"must have required property '"+"headSeq"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5.headHash === undefined){
const err19 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainVerification/required",keyword:"required",params:{missingProperty: "headHash"},message:"must have required property '"+"headHash"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5.verifiedAt === undefined){
const err20 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainVerification/required",keyword:"required",params:{missingProperty: "verifiedAt"},message:"must have required property '"+"verifiedAt"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data5.elapsedMs === undefined){
const err21 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainVerification/required",keyword:"required",params:{missingProperty: "elapsedMs"},message:"must have required property '"+"elapsedMs"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key1 in data5){
if(!(func7.call(schema122.properties, key1))){
const err22 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainVerification/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data5.tableName !== undefined){
if(typeof data5.tableName !== "string"){
const err23 = {instancePath:instancePath+"/data/tableName",schemaPath:"components.json#/$defs/BlockchainVerification/properties/tableName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5.valid !== undefined){
if(typeof data5.valid !== "boolean"){
const err24 = {instancePath:instancePath+"/data/valid",schemaPath:"components.json#/$defs/BlockchainVerification/properties/valid/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data5.rowsChecked !== undefined){
let data8 = data5.rowsChecked;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err25 = {instancePath:instancePath+"/data/rowsChecked",schemaPath:"components.json#/$defs/BlockchainVerification/properties/rowsChecked/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err26 = {instancePath:instancePath+"/data/rowsChecked",schemaPath:"components.json#/$defs/BlockchainVerification/properties/rowsChecked/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data5.blocksChecked !== undefined){
let data9 = data5.blocksChecked;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err27 = {instancePath:instancePath+"/data/blocksChecked",schemaPath:"components.json#/$defs/BlockchainVerification/properties/blocksChecked/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err28 = {instancePath:instancePath+"/data/blocksChecked",schemaPath:"components.json#/$defs/BlockchainVerification/properties/blocksChecked/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data5.firstBrokenRow !== undefined){
let data10 = data5.firstBrokenRow;
const _errs28 = errors;
let valid6 = false;
let passing0 = null;
const _errs29 = errors;
if(data10 !== null){
const err29 = {instancePath:instancePath+"/data/firstBrokenRow",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenRow/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid0 = _errs29 === errors;
if(_valid0){
valid6 = true;
passing0 = 0;
}
const _errs31 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.seq === undefined){
const err30 = {instancePath:instancePath+"/data/firstBrokenRow",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenRow/oneOf/1/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data10.problem === undefined){
const err31 = {instancePath:instancePath+"/data/firstBrokenRow",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenRow/oneOf/1/required",keyword:"required",params:{missingProperty: "problem"},message:"must have required property '"+"problem"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data10.detail === undefined){
const err32 = {instancePath:instancePath+"/data/firstBrokenRow",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenRow/oneOf/1/required",keyword:"required",params:{missingProperty: "detail"},message:"must have required property '"+"detail"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key2 in data10){
if(!(((key2 === "seq") || (key2 === "problem")) || (key2 === "detail"))){
const err33 = {instancePath:instancePath+"/data/firstBrokenRow",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenRow/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data10.seq !== undefined){
let data11 = data10.seq;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err34 = {instancePath:instancePath+"/data/firstBrokenRow/seq",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenRow/oneOf/1/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data10.problem !== undefined){
let data12 = data10.problem;
if(typeof data12 !== "string"){
const err35 = {instancePath:instancePath+"/data/firstBrokenRow/problem",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenRow/oneOf/1/properties/problem/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!((((data12 === "modified") || (data12 === "deleted")) || (data12 === "inserted")) || (data12 === "reordered"))){
const err36 = {instancePath:instancePath+"/data/firstBrokenRow/problem",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenRow/oneOf/1/properties/problem/enum",keyword:"enum",params:{allowedValues: schema122.properties.firstBrokenRow.oneOf[1].properties.problem.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data10.detail !== undefined){
if(typeof data10.detail !== "string"){
const err37 = {instancePath:instancePath+"/data/firstBrokenRow/detail",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenRow/oneOf/1/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/data/firstBrokenRow",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenRow/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid0 = _errs31 === errors;
if(_valid0 && valid6){
valid6 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid6 = true;
passing0 = 1;
}
}
if(!valid6){
const err39 = {instancePath:instancePath+"/data/firstBrokenRow",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenRow/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
else {
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
}
}
if(data5.firstBrokenBlock !== undefined){
let data14 = data5.firstBrokenBlock;
const _errs41 = errors;
let valid8 = false;
let passing1 = null;
const _errs42 = errors;
if(data14 !== null){
const err40 = {instancePath:instancePath+"/data/firstBrokenBlock",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenBlock/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid1 = _errs42 === errors;
if(_valid1){
valid8 = true;
passing1 = 0;
}
const _errs44 = errors;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.blockId === undefined){
const err41 = {instancePath:instancePath+"/data/firstBrokenBlock",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenBlock/oneOf/1/required",keyword:"required",params:{missingProperty: "blockId"},message:"must have required property '"+"blockId"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data14.problem === undefined){
const err42 = {instancePath:instancePath+"/data/firstBrokenBlock",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenBlock/oneOf/1/required",keyword:"required",params:{missingProperty: "problem"},message:"must have required property '"+"problem"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data14.detail === undefined){
const err43 = {instancePath:instancePath+"/data/firstBrokenBlock",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenBlock/oneOf/1/required",keyword:"required",params:{missingProperty: "detail"},message:"must have required property '"+"detail"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key3 in data14){
if(!(((key3 === "blockId") || (key3 === "problem")) || (key3 === "detail"))){
const err44 = {instancePath:instancePath+"/data/firstBrokenBlock",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenBlock/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data14.blockId !== undefined){
let data15 = data14.blockId;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err45 = {instancePath:instancePath+"/data/firstBrokenBlock/blockId",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenBlock/oneOf/1/properties/blockId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data14.problem !== undefined){
let data16 = data14.problem;
if(typeof data16 !== "string"){
const err46 = {instancePath:instancePath+"/data/firstBrokenBlock/problem",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenBlock/oneOf/1/properties/problem/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!((((data16 === "merkle_root_mismatch") || (data16 === "block_hash_mismatch")) || (data16 === "broken_link")) || (data16 === "range_mismatch"))){
const err47 = {instancePath:instancePath+"/data/firstBrokenBlock/problem",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenBlock/oneOf/1/properties/problem/enum",keyword:"enum",params:{allowedValues: schema122.properties.firstBrokenBlock.oneOf[1].properties.problem.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data14.detail !== undefined){
if(typeof data14.detail !== "string"){
const err48 = {instancePath:instancePath+"/data/firstBrokenBlock/detail",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenBlock/oneOf/1/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/data/firstBrokenBlock",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenBlock/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid1 = _errs44 === errors;
if(_valid1 && valid8){
valid8 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid8 = true;
passing1 = 1;
}
}
if(!valid8){
const err50 = {instancePath:instancePath+"/data/firstBrokenBlock",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenBlock/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
else {
errors = _errs41;
if(vErrors !== null){
if(_errs41){
vErrors.length = _errs41;
}
else {
vErrors = null;
}
}
}
}
if(data5.headSeq !== undefined){
let data18 = data5.headSeq;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err51 = {instancePath:instancePath+"/data/headSeq",schemaPath:"components.json#/$defs/BlockchainVerification/properties/headSeq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err52 = {instancePath:instancePath+"/data/headSeq",schemaPath:"components.json#/$defs/BlockchainVerification/properties/headSeq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
if(data5.headHash !== undefined){
let data19 = data5.headHash;
if(typeof data19 === "string"){
if(!pattern5.test(data19)){
const err53 = {instancePath:instancePath+"/data/headHash",schemaPath:"components.json#/$defs/BlockchainVerification/properties/headHash/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/data/headHash",schemaPath:"components.json#/$defs/BlockchainVerification/properties/headHash/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data5.verifiedAt !== undefined){
let data20 = data5.verifiedAt;
if(typeof data20 === "string"){
if(!(formats0.validate(data20))){
const err55 = {instancePath:instancePath+"/data/verifiedAt",schemaPath:"components.json#/$defs/BlockchainVerification/properties/verifiedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/data/verifiedAt",schemaPath:"components.json#/$defs/BlockchainVerification/properties/verifiedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data5.elapsedMs !== undefined){
let data21 = data5.elapsedMs;
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
const err57 = {instancePath:instancePath+"/data/elapsedMs",schemaPath:"components.json#/$defs/BlockchainVerification/properties/elapsedMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/data/elapsedMs",schemaPath:"components.json#/$defs/BlockchainVerification/properties/elapsedMs/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainVerification/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
validate72.errors = vErrors;
return errors === 0;
}
validate72.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const blockchainBlocksPurged_message = validate73;
const schema123 = {"$id":"blockchainBlocksPurged_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"blockchain_blocks_purged"},"data":{"$ref":"components.json#/$defs/BlockchainPurgeResult"}}}]};
const schema125 = {"title":"BlockchainPurgeResult","description":"What a retention purge removed.","type":"object","required":["tableName","blocksPurged","rowsPurged","purgedThroughSeq","scn"],"properties":{"tableName":{"type":"string"},"blocksPurged":{"type":"integer","minimum":0},"rowsPurged":{"type":"integer","minimum":0},"purgedThroughSeq":{"type":"integer","minimum":0},"scn":{"type":["integer","null"]}},"additionalProperties":false};

function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="blockchainBlocksPurged_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate73.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("blockchain_blocks_purged" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "blockchain_blocks_purged"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.tableName === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainPurgeResult/required",keyword:"required",params:{missingProperty: "tableName"},message:"must have required property '"+"tableName"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.blocksPurged === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainPurgeResult/required",keyword:"required",params:{missingProperty: "blocksPurged"},message:"must have required property '"+"blocksPurged"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.rowsPurged === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainPurgeResult/required",keyword:"required",params:{missingProperty: "rowsPurged"},message:"must have required property '"+"rowsPurged"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.purgedThroughSeq === undefined){
const err15 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainPurgeResult/required",keyword:"required",params:{missingProperty: "purgedThroughSeq"},message:"must have required property '"+"purgedThroughSeq"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5.scn === undefined){
const err16 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainPurgeResult/required",keyword:"required",params:{missingProperty: "scn"},message:"must have required property '"+"scn"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data5){
if(!(((((key1 === "tableName") || (key1 === "blocksPurged")) || (key1 === "rowsPurged")) || (key1 === "purgedThroughSeq")) || (key1 === "scn"))){
const err17 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainPurgeResult/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.tableName !== undefined){
if(typeof data5.tableName !== "string"){
const err18 = {instancePath:instancePath+"/data/tableName",schemaPath:"components.json#/$defs/BlockchainPurgeResult/properties/tableName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.blocksPurged !== undefined){
let data7 = data5.blocksPurged;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err19 = {instancePath:instancePath+"/data/blocksPurged",schemaPath:"components.json#/$defs/BlockchainPurgeResult/properties/blocksPurged/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err20 = {instancePath:instancePath+"/data/blocksPurged",schemaPath:"components.json#/$defs/BlockchainPurgeResult/properties/blocksPurged/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data5.rowsPurged !== undefined){
let data8 = data5.rowsPurged;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err21 = {instancePath:instancePath+"/data/rowsPurged",schemaPath:"components.json#/$defs/BlockchainPurgeResult/properties/rowsPurged/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err22 = {instancePath:instancePath+"/data/rowsPurged",schemaPath:"components.json#/$defs/BlockchainPurgeResult/properties/rowsPurged/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data5.purgedThroughSeq !== undefined){
let data9 = data5.purgedThroughSeq;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err23 = {instancePath:instancePath+"/data/purgedThroughSeq",schemaPath:"components.json#/$defs/BlockchainPurgeResult/properties/purgedThroughSeq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err24 = {instancePath:instancePath+"/data/purgedThroughSeq",schemaPath:"components.json#/$defs/BlockchainPurgeResult/properties/purgedThroughSeq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data5.scn !== undefined){
let data10 = data5.scn;
if((!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) && (data10 !== null)){
const err25 = {instancePath:instancePath+"/data/scn",schemaPath:"components.json#/$defs/BlockchainPurgeResult/properties/scn/type",keyword:"type",params:{type: schema125.properties.scn.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainPurgeResult/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate73.errors = vErrors;
return errors === 0;
}
validate73.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const blockchainLegalHoldChanged_message = validate74;
const schema126 = {"$id":"blockchainLegalHoldChanged_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"blockchain_legal_hold_changed"},"data":{"$ref":"components.json#/$defs/LegalHold"}}}]};
const schema128 = {"title":"LegalHold","description":"A legal hold: while active, nothing of the table may be purged.","type":"object","required":["id","tableName","reason","createdAt","createdBy","releasedAt","releasedBy"],"properties":{"id":{"type":"string"},"tableName":{"type":"string"},"reason":{"type":"string"},"createdAt":{"type":"string","format":"date-time"},"createdBy":{"type":["string","null"],"description":"The user who did it."},"releasedAt":{"type":["string","null"],"format":"date-time","description":"Null while the hold is active."},"releasedBy":{"type":["string","null"],"description":"The user who did it."}},"additionalProperties":false};

function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="blockchainLegalHoldChanged_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate74.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("blockchain_legal_hold_changed" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "blockchain_legal_hold_changed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.id === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/LegalHold/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.tableName === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/LegalHold/required",keyword:"required",params:{missingProperty: "tableName"},message:"must have required property '"+"tableName"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.reason === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/LegalHold/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.createdAt === undefined){
const err15 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/LegalHold/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5.createdBy === undefined){
const err16 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/LegalHold/required",keyword:"required",params:{missingProperty: "createdBy"},message:"must have required property '"+"createdBy"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5.releasedAt === undefined){
const err17 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/LegalHold/required",keyword:"required",params:{missingProperty: "releasedAt"},message:"must have required property '"+"releasedAt"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.releasedBy === undefined){
const err18 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/LegalHold/required",keyword:"required",params:{missingProperty: "releasedBy"},message:"must have required property '"+"releasedBy"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 in data5){
if(!(((((((key1 === "id") || (key1 === "tableName")) || (key1 === "reason")) || (key1 === "createdAt")) || (key1 === "createdBy")) || (key1 === "releasedAt")) || (key1 === "releasedBy"))){
const err19 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/LegalHold/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.id !== undefined){
if(typeof data5.id !== "string"){
const err20 = {instancePath:instancePath+"/data/id",schemaPath:"components.json#/$defs/LegalHold/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.tableName !== undefined){
if(typeof data5.tableName !== "string"){
const err21 = {instancePath:instancePath+"/data/tableName",schemaPath:"components.json#/$defs/LegalHold/properties/tableName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data5.reason !== undefined){
if(typeof data5.reason !== "string"){
const err22 = {instancePath:instancePath+"/data/reason",schemaPath:"components.json#/$defs/LegalHold/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data5.createdAt !== undefined){
let data9 = data5.createdAt;
if(typeof data9 === "string"){
if(!(formats0.validate(data9))){
const err23 = {instancePath:instancePath+"/data/createdAt",schemaPath:"components.json#/$defs/LegalHold/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/data/createdAt",schemaPath:"components.json#/$defs/LegalHold/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data5.createdBy !== undefined){
let data10 = data5.createdBy;
if((typeof data10 !== "string") && (data10 !== null)){
const err25 = {instancePath:instancePath+"/data/createdBy",schemaPath:"components.json#/$defs/LegalHold/properties/createdBy/type",keyword:"type",params:{type: schema128.properties.createdBy.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data5.releasedAt !== undefined){
let data11 = data5.releasedAt;
if((typeof data11 !== "string") && (data11 !== null)){
const err26 = {instancePath:instancePath+"/data/releasedAt",schemaPath:"components.json#/$defs/LegalHold/properties/releasedAt/type",keyword:"type",params:{type: schema128.properties.releasedAt.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(typeof data11 === "string"){
if(!(formats0.validate(data11))){
const err27 = {instancePath:instancePath+"/data/releasedAt",schemaPath:"components.json#/$defs/LegalHold/properties/releasedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data5.releasedBy !== undefined){
let data12 = data5.releasedBy;
if((typeof data12 !== "string") && (data12 !== null)){
const err28 = {instancePath:instancePath+"/data/releasedBy",schemaPath:"components.json#/$defs/LegalHold/properties/releasedBy/type",keyword:"type",params:{type: schema128.properties.releasedBy.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/LegalHold/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate74.errors = vErrors;
return errors === 0;
}
validate74.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
